package org.fangpin.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The blob store the configuration names, and the removal of uploads nobody attached. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
@EnableScheduling
class EvidenceConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EvidenceConfiguration.class);

	@Bean
	BlobStore blobStore(EvidenceProperties properties) throws IOException {
		BlobStore store = switch (properties.store()) {
			case "local" -> new LocalBlobStore(Path.of(properties.localDir()));
			case "s3" -> new S3BlobStore(properties.s3());
			default -> throw new IllegalStateException(
					"fangpin.evidence.store must be local or s3, not '" + properties.store() + "'");
		};
		logger.info("Evidence files are kept in the {}", store.description());
		return store;
	}

	@Bean
	OrphanRemoval evidenceOrphanRemoval(EvidenceFiles files, EvidenceProperties properties, Clock clock) {
		return new OrphanRemoval(files, properties, clock);
	}

	/**
	 * Every instance sweeps; each orphan is removed by whichever gets to it first (the row's removal is
	 * conditional), so several instances need no lease.
	 */
	static final class OrphanRemoval {

		private final EvidenceFiles files;

		private final EvidenceProperties properties;

		private final Clock clock;

		OrphanRemoval(EvidenceFiles files, EvidenceProperties properties, Clock clock) {
			this.files = files;
			this.properties = properties;
			this.clock = clock;
		}

		@Scheduled(fixedDelayString = "${fangpin.evidence.orphan-sweep-interval:10m}",
				initialDelayString = "${fangpin.evidence.orphan-sweep-interval:10m}")
		void sweep() {
			int removed = this.files.removeOrphans(this.clock.instant().minus(this.properties.pendingLifetime()));
			if (removed > 0) {
				logger.info("Removed {} evidence uploads nobody attached within {}", removed, this.properties.pendingLifetime());
			}
		}

	}

}
