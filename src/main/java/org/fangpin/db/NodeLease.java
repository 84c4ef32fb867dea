package org.fangpin.db;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The node number of this instance's {@link IdGenerator}, leased from the database so that two running
 * instances never share one (they would mint the same ids). At start the instance takes a number nobody
 * holds, or whose lease expired; {@code fangpin.node-id} asks for a given number, and the start fails if
 * another instance holds it. The lease is renewed every third of its time to live; an instance that could
 * not renew in time stops minting ids before anyone else may take its number.
 */
@Component
@DependsOnDatabaseInitialization
public class NodeLease implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(NodeLease.class);

	static final int NODES = 1 << 10;

	private final NodeLeaseMapper leases;

	private final String holder;

	private final Duration ttl;

	private final int node;

	private final ScheduledExecutorService renewals;

	/** {@link System#nanoTime()} until which the lease is surely ours: taken or renewed before, plus the ttl. */
	private volatile long validUntil;

	@Autowired
	NodeLease(NodeLeaseMapper leases, NodeProperties properties) {
		this(leases, properties.nodeId(), properties.nodeLease().ttl());
	}

	NodeLease(NodeLeaseMapper leases, @Nullable Integer requested, Duration ttl) {
		if (requested != null && (requested < 0 || requested >= NODES)) {
			throw new IllegalArgumentException("fangpin.node-id must be between 0 and " + (NODES - 1));
		}
		this.leases = leases;
		this.holder = holderName();
		this.ttl = ttl;
		long start = System.nanoTime();
		this.node = (requested != null) ? claim(requested) : claimAny();
		this.validUntil = start + ttl.toNanos();
		logger.info("Leased id node {} as {} for {}", this.node, this.holder, ttl);
		this.renewals = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("node-lease").factory());
		long period = Math.max(1, ttl.toMillis() / 3);
		this.renewals.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
	}

	public int node() {
		return this.node;
	}

	/** Refuses to go on when the lease may have passed to another instance. */
	void check() {
		if (System.nanoTime() - this.validUntil > 0) {
			throw new IllegalStateException("The lease of id node " + this.node + " has expired: no ids until renewed");
		}
	}

	private int claim(int wanted) {
		if (tryClaim(wanted)) {
			return wanted;
		}
		throw new IllegalStateException("fangpin.node-id " + wanted + " is leased by another running instance");
	}

	/** From a random number on, so that instances starting together do not all try the same ones. */
	private int claimAny() {
		int first = ThreadLocalRandom.current().nextInt(NODES);
		for (int i = 0; i < NODES; i++) {
			int candidate = (first + i) % NODES;
			if (tryClaim(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("All " + NODES + " id nodes are leased: too many running instances");
	}

	private boolean tryClaim(int candidate) {
		long seconds = this.ttl.toSeconds();
		try {
			return this.leases.claimFree(candidate, this.holder, seconds) == 1;
		}
		catch (DuplicateKeyException ex) {
			return this.leases.claimExpired(candidate, this.holder, seconds) == 1;
		}
	}

	private void renew() {
		long start = System.nanoTime();
		try {
			if (this.leases.renew(this.node, this.holder, this.ttl.toSeconds()) == 1) {
				this.validUntil = start + this.ttl.toNanos();
			}
			else {
				logger.error("The lease of id node {} was taken over: this instance mints no more ids", this.node);
				this.validUntil = start;
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Could not renew the lease of id node {}; retrying", this.node, ex);
		}
	}

	/**
	 * Gives the number back for the next instance. The database may be going away at the same moment (the
	 * whole machine shutting down): the exit waits for it two seconds at most, the lease expires anyway.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.renewals.shutdownNow();
		Thread release = Thread.ofPlatform().daemon().name("node-lease-release").start(() -> {
			try {
				this.leases.release(this.node, this.holder);
			}
			catch (DataAccessException ex) {
				logger.warn("Could not release id node {}; it expires in {}", this.node, this.ttl, ex);
			}
		});
		release.join(Duration.ofSeconds(2));
	}

	private static String holderName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
		return (name.length() > 100) ? name.substring(name.length() - 100) : name;
	}

}
