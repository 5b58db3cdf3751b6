package org.attain.adapter.rest.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attain.application.port.in.ReadCompetencies.Status;
import org.attain.domain.organization.OrganizationId;

/**
 * The competencies answer, mapped and written as JSON once for each organization's latest status
 * and given again while the use case answers with that very status (it keeps today's until the
 * organization changes): a dashboard read again and again costs neither mapping nor writing.
 * Written by the application's own object mapper, so the bytes are those Jackson would send.
 * Bounded as the use case's own keeping is.
 */
@Singleton
class CompetenciesAnswers {

  static final int CAPACITY = 2_000;

  private record Answer(Status status, byte[] json) {}

  private final Map<OrganizationId, Answer> answers = new ConcurrentHashMap<>();
  private final AttainmentMapper mapper;
  private final ObjectMapper json;

  CompetenciesAnswers(AttainmentMapper mapper, ObjectMapper json) {
    this.mapper = mapper;
    this.json = json;
  }

  /** The JSON of {@code status}'s answer; the caller must not change the array. */
  byte[] of(Status status) {
    Answer found = answers.get(status.organization());
    if (found != null && found.status() == status) {
      return found.json();
    }
    byte[] written = write(mapper.toResponse(status));
    if (answers.size() >= CAPACITY && !answers.containsKey(status.organization())) {
      Iterator<OrganizationId> any = answers.keySet().iterator();
      if (any.hasNext()) {
        answers.remove(any.next());
      }
    }
    answers.put(status.organization(), new Answer(status, written));
    return written;
  }

  private byte[] write(CompetenciesResponse response) {
    try {
      return json.writeValueAsBytes(response);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
