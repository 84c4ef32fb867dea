package org.fangpin.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The application's clock in the tests: real time, moved forward on demand, so that deadlines are tested
 * by moving time instead of waiting for it.
 */
public final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Moves forward to the next {@code time} of day in {@code zone}, for a test whose days are calendar days. */
	public void advanceTo(LocalTime time, ZoneId zone) {
		ZonedDateTime now = instant().atZone(zone);
		ZonedDateTime next = now.with(time);
		advance(Duration.between(now, next.isAfter(now) ? next : next.plusDays(1)));
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

}
