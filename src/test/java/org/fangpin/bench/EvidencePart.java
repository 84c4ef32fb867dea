package org.fangpin.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Part "evidence" of {@link ApiBenchmark}: a 5 MB phone photo (4000×3000) uploaded over HTTP as the
 * mini-program sends it ({@code POST /attachments}, multipart), checked, re-encoded and stored with its
 * thumbnail: the latency of one upload at a time, and the API's resident memory while 8 run at once.
 */
final class EvidencePart {

	private final HttpClient http;

	private final String baseUrl;

	private final String token;

	private final ProcessHandle apiProcess;

	private final LedgerPart.Report report;

	EvidencePart(HttpClient http, String baseUrl, String token, ProcessHandle apiProcess, LedgerPart.Report report) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.token = token;
		this.apiProcess = apiProcess;
		this.report = report;
	}

	void run() throws Exception {
		byte[] photo = phonePhoto();
		this.report.line("");
		this.report.line("evidence  POST /attachments of a %.1f MB 4000×3000 JPEG (re-encoded, thumbnail, local store)",
				photo.length / 1e6);
		for (int i = 0; i < 5; i++) {
			upload(photo);
		}
		double[] ms = new double[30];
		for (int i = 0; i < ms.length; i++) {
			long start = System.nanoTime();
			upload(photo);
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		this.report.line("  one at a time: p50 %.0f ms, p95 %.0f ms (%d uploads)", ms[ms.length / 2],
				ms[(int) Math.ceil(ms.length * 0.95) - 1], ms.length);

		long before = heapUsedBytes();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().start(() -> {
			while (running.get()) {
				peak.accumulateAndGet(heapUsedBytes(), Math::max);
			}
		});
		long start = System.nanoTime();
		int rounds = 3;
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<?>> uploads = new ArrayList<>();
			for (int i = 0; i < 8 * rounds; i++) {
				uploads.add(pool.submit(() -> {
					upload(photo);
					return null;
				}));
			}
			for (Future<?> upload : uploads) {
				upload.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		running.set(false);
		sampler.join();
		this.report.line("  8 at once: %d uploads in %.1f s (%.1f/s); API heap in use %d MB before, %d MB at most (+%d MB,"
				+ " garbage included; at most %d images decoded at once)", 8 * rounds, seconds, 8 * rounds / seconds,
				before >> 20, peak.get() >> 20, (peak.get() - before) >> 20, 4);
	}

	private void upload(byte[] photo) throws IOException, InterruptedException {
		String boundary = "----fangpin" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(photo.length + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nVISIT_PHOTO\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_0001.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(photo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/attachments"))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Upload answered " + response.statusCode() + ": " + response.body());
		}
	}

	/**
	 * The API's heap in use (survivor, eden and old generation spaces), as {@code jstat -gc} reads it from the
	 * running JVM; the resident set would show only what the heap once grew to.
	 */
	private long heapUsedBytes() {
		try {
			Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
					String.valueOf(this.apiProcess.pid()))
				.redirectErrorStream(true)
				.start();
			List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			jstat.waitFor();
			List<String> names = List.of(lines.get(0).trim().split("\\s+"));
			String[] values = lines.get(1).trim().split("\\s+");
			double kilobytes = 0;
			for (String used : List.of("S0U", "S1U", "EU", "OU")) {
				kilobytes += Double.parseDouble(values[names.indexOf(used)]);
			}
			return (long) (kilobytes * 1024);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** 4000×3000 of shapes and sensor-like noise at a phone's quality: about 5 MB, as a phone photo is. */
	private static byte[] phonePhoto() throws IOException {
		BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		Random random = new Random(42);
		for (int i = 0; i < 400; i++) {
			graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
			graphics.fillOval(random.nextInt(4000), random.nextInt(3000), 50 + random.nextInt(600), 50 + random.nextInt(600));
		}
		int[] row = new int[4000];
		for (int y = 0; y < 3000; y++) {
			image.getRGB(0, y, 4000, 1, row, 0, 4000);
			for (int x = 0; x < 4000; x++) {
				int noise = random.nextInt(24) - 12;
				int r = Math.clamp(((row[x] >> 16) & 0xFF) + noise, 0, 255);
				int g = Math.clamp(((row[x] >> 8) & 0xFF) + noise, 0, 255);
				int b = Math.clamp((row[x] & 0xFF) + noise, 0, 255);
				row[x] = (r << 16) | (g << 8) | b;
			}
			image.setRGB(0, y, 4000, 1, row, 0, 4000);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.95f);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
