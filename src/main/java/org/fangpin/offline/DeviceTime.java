package org.fangpin.offline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fangpin.graphql.InputCheck;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 设备时间: when the device says a record was made in the field ({@code actedAt}), kept beside the server's time of
 * receipt, so that a visit made offline on Monday and sent on Wednesday reads as Monday's work. A device's clock
 * is trusted within bounds only: a little ahead of the server's (clocks drift), and not older than a device
 * keeps a draft unsent.
 */
@Component
public class DeviceTime {

	/** How far a device's clock may run ahead of the server's. */
	static final Duration SKEW = Duration.ofMinutes(5);

	/** How long a draft may wait on a device before it is sent: a month without signal is already exceptional. */
	static final Duration MAX_AGE = Duration.ofDays(30);

	private final Clock clock;

	DeviceTime(Clock clock) {
		this.clock = clock;
	}

	/** The device's time of the act, to the millisecond the database keeps; null if the client did not say. */
	public @Nullable Instant check(InputCheck check, @Nullable Instant actedAt) {
		if (actedAt == null) {
			return null;
		}
		Instant now = this.clock.instant();
		check.require(!actedAt.isAfter(now.plus(SKEW)),
				"设备时间晚于现在，请校准手机时间 (actedAt is more than " + SKEW.toMinutes() + " minutes in the future)", "actedAt");
		check.require(!actedAt.isBefore(now.minus(MAX_AGE)),
				"设备时间早于" + MAX_AGE.toDays() + "天前，请核对后重新登记 (actedAt is more than " + MAX_AGE.toDays()
						+ " days ago)", "actedAt");
		return actedAt.truncatedTo(ChronoUnit.MILLIS);
	}

}
