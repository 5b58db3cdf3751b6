package org.attain.adapter.persistence.catalog;

import java.util.List;
import org.attain.adapter.persistence.StoredValues;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Step;
import org.attain.domain.catalog.Track;
import org.mapstruct.Mapper;

/**
 * Writes a catalog version as its document. The way back is {@link CatalogDocumentReader}: the
 * domain is rebuilt through its guarding constructors, which a generated mapper cannot name paths
 * for.
 */
@Mapper(uses = StoredValues.class)
interface CatalogDocumentMapper {

  CatalogDocument toDocument(Catalog catalog);

  /** The sealed steps map by kind. */
  default StepDocument toDocument(Step step) {
    return switch (step) {
      case CertifiedIndividuals certified -> toDocument(certified);
      case Performance performance -> toDocument(performance);
    };
  }

  CertifiedIndividualsDocument toDocument(CertifiedIndividuals step);

  PerformanceDocument toDocument(Performance step);

  /** A track is stored as the bare list of its codes. */
  default List<String> toDocument(Track track) {
    return track.codes().stream().map(AchievementCode::value).toList();
  }

  default String text(CompetencyId id) {
    return id.value();
  }
}
