package org.attain.adapter.persistence.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.application.port.out.MarketingProfiles.Criteria;
import org.attain.domain.catalog.Level;

/**
 * The public profile search as SQL, the same on PostgreSQL and H2. Filters: the country (B-tree
 * index), the text (`searchable LIKE`, trigram index on PostgreSQL, V4_1), a competency shown on
 * the day at a level (profile_shown_competency indexes, V5). Relevance: a text hit in the name,
 * then in an industry, then elsewhere; then the number of competencies shown at Gold that day; then
 * the name and id, so that pages never overlap.
 */
record SearchQuery(
    String where,
    String orderBy,
    Map<String, Object> parameters,
    Map<String, Object> whereParameters) {

  /** Escapes LIKE's wildcards, so that a searched "%" or "_" is only itself. */
  private static final char ESCAPE = '!';

  private static final String LIKE = " LIKE :pattern ESCAPE '" + ESCAPE + "'";

  private static final String GOLD_SHOWN =
      "(SELECT COUNT(*) FROM profile_shown_competency g WHERE g.organization_id ="
          + " p.organization_id AND g.shown_level = 'GOLD' AND g.shown_until >= :day)";

  static SearchQuery of(Criteria criteria, LocalDate day) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("day", day);
    criteria
        .country()
        .ifPresent(
            country -> {
              conditions.add("p.country = :country");
              parameters.put("country", country.value());
            });
    criteria
        .text()
        .ifPresent(
            text -> {
              conditions.add("p.searchable" + LIKE);
              parameters.put("pattern", "%" + escaped(text) + "%");
            });
    if (criteria.byShown()) {
      StringBuilder shown =
          new StringBuilder(
              "EXISTS (SELECT 1 FROM profile_shown_competency s WHERE s.organization_id ="
                  + " p.organization_id AND s.shown_until >= :day");
      criteria
          .competency()
          .ifPresent(
              competency -> {
                shown.append(" AND s.competency_id = :competency");
                parameters.put("competency", competency.value());
              });
      if (criteria.level().filter(Level.GOLD::equals).isPresent()) {
        shown.append(" AND s.shown_level = 'GOLD'");
      }
      conditions.add(shown.append(")").toString());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String textRank =
        criteria.text().isEmpty()
            ? ""
            : " CASE WHEN p.name_key"
                + LIKE
                + " THEN 0 WHEN EXISTS (SELECT 1 FROM marketing_profile_industry i WHERE"
                + " i.organization_id = p.organization_id AND LOWER(i.label)"
                + LIKE
                + ") THEN 1 ELSE 2 END,";
    String orderBy =
        " ORDER BY" + textRank + " " + GOLD_SHOWN + " DESC, p.name_key, p.organization_id";
    // The count has no ORDER BY, so it binds :day only when the filter reads it.
    Map<String, Object> whereParameters = new HashMap<>(parameters);
    if (!criteria.byShown()) {
      whereParameters.remove("day");
    }
    return new SearchQuery(where, orderBy, Map.copyOf(parameters), Map.copyOf(whereParameters));
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
    return out.toString();
  }
}
