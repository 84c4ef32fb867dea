package org.fangpin.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code campaign}: a county's inspection campaign over some of its grids, for a period. */
public record Campaign(long id, String name, String countyCode, LocalDate startsOn, LocalDate endsOn,
		BigDecimal incomeLine, String openedBy, Instant openedAt) {
}
