package org.fangpin.warning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How department webhooks are delivered.
 *
 * @param interval how often the delivery task looks for changes to deliver
 * @param maxBackoff the longest wait between two attempts at an address that fails
 * @param allowLoopback a test-only setting: plain HTTP to a loopback address (a test's own receiver); never in
 * production, where only HTTPS to public addresses is delivered to
 */
@ConfigurationProperties("fangpin.webhooks")
public record WebhookProperties(@DefaultValue("10s") Duration interval,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("false") boolean allowLoopback) {
}
