package org.fangpin.db;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 64-bit, time-ordered ids made by the application, not by AUTO_INCREMENT, so that inserts spread over a
 * distributed MySQL-compatible engine without a hot spot and an id can be known before the row is
 * written: 41 bits of milliseconds since 2024-01-01 (about 69 years), 10 bits of node (one per running
 * instance, leased from the database by {@link NodeLease}) and 12 bits of sequence within the millisecond.
 */
@Component
public class IdGenerator {

	private static final long EPOCH_MILLIS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

	private static final int NODE_BITS = 10;

	private static final int SEQUENCE_BITS = 12;

	private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;

	private final Clock clock;

	private final long node;

	private final @Nullable NodeLease lease;

	private long lastMillis = -1;

	private long sequence;

	/**
	 * The time in an id is the machine's, not the application's clock that its rules read: tests move that one
	 * forward and back, and ids taken after a move back would otherwise stay ahead of it (a feed's settle window,
	 * measured on the application's clock, would then hold them back).
	 */
	@Autowired
	IdGenerator(NodeLease lease) {
		this(Clock.systemUTC(), lease.node(), lease);
	}

	/** With a node number nobody else uses, without a lease. */
	IdGenerator(Clock clock, int node) {
		this(clock, node, null);
	}

	private IdGenerator(Clock clock, int node, @Nullable NodeLease lease) {
		if (node < 0 || node >= (1 << NODE_BITS)) {
			throw new IllegalArgumentException("fangpin.node-id must be between 0 and 1023");
		}
		this.clock = clock;
		this.node = node;
		this.lease = lease;
	}

	/** The greatest id any instance can have made in the millisecond of {@code instant} or before. */
	public static long lastIdAt(Instant instant) {
		return ((instant.toEpochMilli() - EPOCH_MILLIS + 1) << (NODE_BITS + SEQUENCE_BITS)) - 1;
	}

	public synchronized long nextId() {
		if (this.lease != null) {
			this.lease.check();
		}
		long millis = Math.max(this.clock.millis(), this.lastMillis);
		if (millis == this.lastMillis) {
			this.sequence = (this.sequence + 1) & MAX_SEQUENCE;
			if (this.sequence == 0) {
				// this millisecond is used up: borrow the next one rather than wait or repeat
				millis++;
			}
		}
		else {
			this.sequence = 0;
		}
		this.lastMillis = millis;
		return ((millis - EPOCH_MILLIS) << (NODE_BITS + SEQUENCE_BITS)) | (this.node << SEQUENCE_BITS) | this.sequence;
	}

}
