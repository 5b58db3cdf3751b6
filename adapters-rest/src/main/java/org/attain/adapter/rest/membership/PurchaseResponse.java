package org.attain.adapter.rest.membership;

import java.time.LocalDate;
import java.util.List;
import org.attain.adapter.rest.amount.Money;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.PurchaseKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded purchase: its kind, level, day, term, what was charged and what qualified it. */
public record PurchaseResponse(
    PurchaseKind kind,
    MembershipLevel level,
    @Schema(description = "The day it was bought", examples = "2025-04-01") LocalDate on,
    TermResponse term,
    Money charged,
    @Schema(description = "The competencies that met the level's requirement on the day")
        List<String> qualifiedBy) {}
