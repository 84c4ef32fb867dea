package org.fangpin.warning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.fangpin.graphql.GlobalId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Delivers each department's changes to its webhook, at least once and in the order of the feed: the outbox is the
 * feed itself ({@code warning_change}, written in the transaction of each change), and an address acknowledges
 * (2xx) a page of changes before the next is sent. One db-scheduler task does it, so that with several API
 * instances one of them delivers at a time. A failing address is retried with a doubling back-off; what it did not
 * acknowledge is sent again, never skipped.
 */
@Component
class WebhookDelivery {

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	/** Changes per request: a bounded body. */
	private static final int PAGE = 100;

	/** Pages per address per run, so that one busy department does not hold up the others. */
	private static final int PAGES_PER_RUN = 10;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** An address that has not answered in this time is retried later. */
	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

	private final WebhookMapper webhooks;

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final WarningFeed feed;

	WebhookDelivery(WebhookMapper webhooks, WebhookProperties properties, JsonMapper json, Clock clock, WarningFeed feed) {
		this.webhooks = webhooks;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.feed = feed;
	}

	@Bean
	static RecurringTask<Void> webhookDeliveryTask(WebhookDelivery delivery, WebhookProperties properties) {
		return Tasks.recurring("webhook-delivery", FixedDelay.of(properties.interval()))
			.execute((instance, context) -> delivery.deliverDue());
	}

	void deliverDue() {
		for (DepartmentWebhook webhook : this.webhooks.findDue(this.clock.instant())) {
			try {
				deliver(webhook);
			}
			catch (RuntimeException ex) {
				log.warn("webhook delivery to {} of {} failed", webhook.department(), webhook.countyCode(), ex);
			}
		}
	}

	private void deliver(DepartmentWebhook webhook) {
		long after = webhook.deliveredUpTo();
		for (int page = 0; page < PAGES_PER_RUN; page++) {
			Instant now = this.clock.instant();
			List<WarningChange> changes = this.webhooks.findUndelivered(webhook.department(), webhook.countyCode(),
					after, this.feed.settledUpTo(), PAGE);
			if (changes.isEmpty()) {
				return;
			}
			long upTo = changes.getLast().id();
			String error = send(webhook, changes);
			if (error != null) {
				Duration backoff = Duration.ofSeconds(1L << Math.min(webhook.failures() + 1, 20));
				this.webhooks.failed(webhook.department(), webhook.countyCode(), after,
						now.plus(backoff.compareTo(this.properties.maxBackoff()) < 0 ? backoff : this.properties.maxBackoff()),
						error.substring(0, Math.min(error.length(), 500)));
				return;
			}
			if (this.webhooks.delivered(webhook.department(), webhook.countyCode(), after, upTo, now) == 0) {
				return;
			}
			after = upTo;
		}
	}

	/** @return why the address did not acknowledge the changes, or null when it did */
	private @Nullable String send(DepartmentWebhook webhook, List<WarningChange> changes) {
		// checked on every delivery, after resolving the name (a name registered public may be re-pointed since), and
		// the connection made to the address checked
		WebhookTarget.Checked target = WebhookTarget.check(webhook.url(), this.properties.allowLoopback());
		if (target.refusal() != null) {
			return target.refusal();
		}
		byte[] body = this.json.writeValueAsBytes(Map.of("department", webhook.department(), "countyCode",
				webhook.countyCode(), "changes", changes.stream().map(WebhookDelivery::shown).toList()));
		try {
			int status = PinnedPost.send(Objects.requireNonNull(target.uri()), Objects.requireNonNull(target.address()),
					Map.of("Content-Type", "application/json", "X-Fangpin-Signature",
							"sha256=" + sign(webhook.secret(), body)),
					body, CONNECT_TIMEOUT, ANSWER_TIMEOUT);
			return (status / 100 == 2) ? null : "HTTP " + status;
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	/** A change as the feed shows it: statuses and dates, with its sequence (the feed's order). */
	private static Map<String, Object> shown(WarningChange change) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("sequence", String.valueOf(change.id()));
		shown.put("warningId", new GlobalId("DepartmentWarning", change.warningId()).encode());
		shown.put("referenceId", change.referenceId());
		shown.put("kind", change.kind());
		shown.put("status", change.status());
		shown.put("caseType", change.caseType());
		shown.put("caseStatus", change.caseStatus());
		shown.put("reason", change.reason());
		shown.put("occurredAt", change.occurredAt().toString());
		return shown;
	}

	/** HMAC-SHA256 of the body with the department's secret, in hex. */
	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
