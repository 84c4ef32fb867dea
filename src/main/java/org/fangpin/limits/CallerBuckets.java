package org.fangpin.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.fangpin.graphql.ApiException;
import org.fangpin.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * A token bucket per caller, keyed by the token's subject (a person, or a department system's service
 * account), from which every request takes its cost. One caller exhausting their bucket slows nobody else.
 * <p>
 * The buckets live in the database every instance shares ({@link SharedBuckets}): behind a load balancer a
 * caller has one budget, whichever instance serves each request. Each charge is a read and a conditional write
 * of the caller's row; two instances charging the same caller at once retry until one write wins. The refill
 * is reckoned by the clock of the instance that charges, so the instances' clocks must agree (NTP).
 */
@Component
class CallerBuckets {

	private static final Logger logger = LoggerFactory.getLogger(CallerBuckets.class);

	private final LimitsProperties.Rate rate;

	private final SharedBuckets buckets;

	private final BucketConfiguration configuration;

	/** The bucket's size and period in its key: a new configuration starts new buckets rather than reading old ones. */
	private final String keySuffix;

	CallerBuckets(LimitsProperties limits, DataSource dataSource, Clock clock) {
		this.rate = limits.rate();
		this.buckets = new SharedBuckets(dataSource, clock);
		this.configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(this.rate.capacity()).refillGreedy(this.rate.capacity(), this.rate.period()))
			.build();
		this.keySuffix = "|" + this.rate.capacity() + "/" + this.rate.period();
	}

	/** Forgets the buckets that have refilled whole, once for all instances (db-scheduler runs it on one). */
	@Bean
	static RecurringTask<Void> rateBucketCleanupTask(CallerBuckets buckets) {
		return Tasks.recurring("rate-bucket-cleanup", FixedDelay.ofMinutes(10)).execute((instance, context) -> {
			int removed = buckets.buckets.removeExpired();
			logger.debug("Removed {} full rate buckets", removed);
		});
	}

	/**
	 * Takes {@code cost} (at least 1) out of the caller's bucket, or refuses the GraphQL request if it holds less
	 * (RATE_LIMITED) or cannot be read (UNAVAILABLE).
	 */
	void charge(Caller caller, long cost) {
		try {
			take(caller, cost);
		}
		catch (RateLimited refused) {
			throw LimitExceeded.abort(refused.error());
		}
		catch (ApiException unavailable) {
			throw LimitExceeded.abort(LimitExceeded.error(unavailable.code(), unavailable.getMessage(), Map.of()));
		}
	}

	/** Takes {@code cost} (at least 1) out of the caller's bucket, or refuses with {@link RateLimited}. */
	void take(Caller caller, long cost) {
		if (!this.rate.enabled()) {
			return;
		}
		ConsumptionProbe probe = bucket(caller).tryConsumeAndReturnRemaining(Math.max(1, cost));
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new RateLimited("请求过于频繁，请 %d 秒后重试 (RATE_LIMITED: the caller's budget of %d per %s is spent; retry after %d s)"
				.formatted(seconds, this.rate.capacity(), this.rate.period(), seconds), "rate", this.rate.capacity(), seconds);
		}
	}

	/**
	 * Takes {@code cost} even from a bucket that holds less: the caller owes the rest, and nothing else of
	 * theirs is served until it has refilled.
	 */
	void owe(Caller caller, long cost) {
		if (this.rate.enabled() && cost > 0) {
			// the row is kept until the bucket has refilled what it now owes
			bucket(caller).consumeIgnoringRateLimits(cost);
		}
	}

	/** Gives back {@code cost} taken for what was not served, up to a full bucket. */
	void refund(Caller caller, long cost) {
		if (this.rate.enabled() && cost > 0) {
			bucket(caller).addTokens(cost);
		}
	}

	long capacity() {
		return this.rate.capacity();
	}

	private Bucket bucket(Caller caller) {
		return this.buckets.builder().build(caller.subject() + this.keySuffix, () -> this.configuration);
	}

}
