package org.fangpin.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code fangpin.evidence.*}: where files are kept and what a file may be (see application.yml).
 *
 * @param store {@code local} or {@code s3}
 * @param localDir the directory of the local store
 * @param maxPixels an image's width times height, read from its header before it is decoded
 * @param maxImageSide the longer side of a stored image; a larger one is scaled down
 * @param maxConcurrentImages images decoded at once on this instance (each holds its pixels in memory)
 * @param pendingLifetime how long an upload waits to be attached before it is removed
 */
@ConfigurationProperties("fangpin.evidence")
record EvidenceProperties(String store, String localDir, S3 s3, DataSize maxFileSize, long maxPixels, int maxImageSide,
		int thumbnailSide, int maxConcurrentImages, Duration pendingLifetime) {

	record S3(String endpoint, String region, String bucket, boolean pathStyle, String accessKey, String secretKey) {
	}

}
