package org.attain.adapter.rest.risk;

import java.util.UUID;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.AlertShortfall;
import org.attain.domain.risk.CompetencyStateChange;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps alerts and competency-history entries to responses. */
@Mapper(config = MappingConfig.class)
public interface RiskMapper extends ValueMappings {

  @Mapping(target = "organizationId", source = "organization")
  @Mapping(target = "status", expression = "java(alert.status())")
  @Mapping(target = "acknowledgedBy", source = "acknowledgement.by")
  @Mapping(target = "acknowledgedOn", source = "acknowledgement.on")
  @Mapping(target = "version", expression = "java(alert.version() == null ? 0L : alert.version())")
  AlertResponse toResponse(Alert alert);

  @Mapping(target = "personId", source = "person")
  AlertPersonResponse toResponse(AlertPerson person);

  @Mapping(target = "competencyId", source = "competency")
  @Mapping(target = "description", expression = "java(shortfall.describe())")
  ShortfallResponse toResponse(AlertShortfall shortfall);

  @Mapping(target = "competencyId", source = "competency")
  @Mapping(target = "day", source = "on")
  StateChangeResponse toResponse(CompetencyStateChange change);

  default UUID uuid(AlertId id) {
    return id == null ? null : id.value();
  }
}
