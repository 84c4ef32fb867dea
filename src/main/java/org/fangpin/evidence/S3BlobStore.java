package org.fangpin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in an S3-compatible store (MinIO, Aliyun OSS, Huawei OBS, Ceph), private objects in one bucket: what
 * a county with several API instances uses. The SDK's failures become {@link IOException}, as the disk's are.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final String endpoint;

	S3BlobStore(EvidenceProperties.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle());
		if (!settings.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(settings.endpoint()));
		}
		// keys in the configuration, or the SDK's usual chain (environment, instance profile)
		builder.credentialsProvider(settings.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		this.s3 = builder.build();
		this.bucket = settings.bucket();
		this.endpoint = settings.endpoint().isBlank() ? "AWS " + settings.region() : settings.endpoint();
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		try {
			this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType(contentType),
					RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw new IOException("Could not store " + key + " in bucket " + this.bucket, ex);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return this.s3.getObject((request) -> request.bucket(this.bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new java.nio.file.NoSuchFileException(key);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public String description() {
		return "bucket " + this.bucket + " at " + this.endpoint;
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
