package org.fangpin.limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callers' buckets in the shared database ({@code rate_bucket}, V39), so that every API instance takes from
 * the same bucket: bucket4j's compare-and-swap proxy over plain JDBC, one read and one conditional write per
 * request. Each statement runs on a connection of its own in auto-commit, never inside the request's transaction:
 * a request that fails still spent its cost, and no caller's row stays locked while a mutation runs. When the
 * database cannot be reached the request is refused with UNAVAILABLE, as its own statements would. A row is
 * kept until its bucket has refilled whole (then forgetting it changes nothing); {@link #removeExpired()} drops
 * the rest.
 */
final class SharedBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	private static final Logger logger = LoggerFactory.getLogger(SharedBuckets.class);

	private static final ExpirationAfterWriteStrategy UNTIL_FULL = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

	private final DataSource dataSource;

	private final Clock clock;

	SharedBuckets(DataSource dataSource, Clock clock) {
		super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(UNTIL_FULL));
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				return call((connection) -> {
					try (PreparedStatement select = connection.prepareStatement("SELECT state FROM rate_bucket WHERE bucket_key = ?")) {
						select.setString(1, key);
						try (ResultSet rows = select.executeQuery()) {
							return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
						}
					}
				});
			}

			@Override
			public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state,
					Optional<Long> timeoutNanos) {
				long expiresAt = SharedBuckets.this.clock.millis()
						+ UNTIL_FULL.calculateTimeToLiveMillis(state, currentTimeNanos());
				return call((connection) -> {
					if (original == null) {
						try (PreparedStatement insert = connection
							.prepareStatement("INSERT INTO rate_bucket (bucket_key, state, expires_at) VALUES (?, ?, ?)")) {
							insert.setString(1, key);
							insert.setBytes(2, updated);
							insert.setLong(3, expiresAt);
							return insert.executeUpdate() == 1;
						}
						catch (SQLIntegrityConstraintViolationException ex) {
							// another instance made the bucket first: bucket4j reads it and tries again
							return false;
						}
					}
					try (PreparedStatement update = connection.prepareStatement(
							"UPDATE rate_bucket SET state = ?, expires_at = ? WHERE bucket_key = ? AND state = ?")) {
						update.setBytes(1, updated);
						update.setLong(2, expiresAt);
						update.setString(3, key);
						update.setBytes(4, original);
						return update.executeUpdate() == 1;
					}
				});
			}

		};
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("JDBC is synchronous");
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	public void removeProxy(String key) {
		call((connection) -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_bucket WHERE bucket_key = ?")) {
				delete.setString(1, key);
				return delete.executeUpdate();
			}
		});
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		throw new UnsupportedOperationException("JDBC is synchronous");
	}

	/** Forgets the buckets that have refilled whole. */
	int removeExpired() {
		return call((connection) -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_bucket WHERE expires_at < ?")) {
				delete.setLong(1, this.clock.millis());
				return delete.executeUpdate();
			}
		});
	}

	@FunctionalInterface
	private interface Statement<T> {

		T run(Connection connection) throws SQLException;

	}

	private <T> T call(Statement<T> statement) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			return statement.run(connection);
		}
		catch (SQLException ex) {
			// the database is the budget's and the request's alike: the request is refused as it would be a moment
			// later by its own statements, after the pool's connection timeout, not a stack trace per request
			logger.warn("The callers' rate buckets cannot be read or written: {}", ex.getMessage());
			throw new ApiException(ErrorCode.UNAVAILABLE, "数据库暂不可用，请稍后再试 (UNAVAILABLE)");
		}
	}

}
