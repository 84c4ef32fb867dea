package org.fangpin.db;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which node of the id generator this instance is ({@link NodeLease}).
 *
 * @param nodeId {@code fangpin.node-id}: the node number this instance must have (0–1023); unset, it leases a free one
 * @param nodeLease {@code fangpin.node-lease}: how the number is held
 */
@ConfigurationProperties("fangpin")
public record NodeProperties(@Nullable Integer nodeId, @DefaultValue Lease nodeLease) {

	/**
	 * @param ttl how long a lease lasts unrenewed: an instance that stopped renewing has stopped minting ids by then,
	 * and another may take its number
	 */
	public record Lease(@DefaultValue("60s") Duration ttl) {
	}

}
