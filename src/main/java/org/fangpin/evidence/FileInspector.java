package org.fangpin.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.fangpin.evidence.FileRefused.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What an uploaded file is, read from its bytes (never from its name or the client's content type), and
 * what is kept of it: images decoded and written anew, upright and within size (which leaves their EXIF
 * behind, a photo's GPS position with it), with a thumbnail; PDFs kept as they are once no action or
 * embedded file is found in them, compressed object streams included.
 */
@Component
class FileInspector {

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	static final String PDF = "application/pdf";

	private static final Set<String> ALLOWED = Set.of(JPEG, PNG, PDF);

	/** What a PDF may not hold: scripts, actions that run or send something, files inside it. */
	private static final Set<COSName> UNSAFE_PDF_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
			COSName.EF, COSName.getPDFName("RichMedia"));

	private static final Set<COSName> UNSAFE_PDF_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
			COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("RichMediaExecute"));

	private static final float JPEG_QUALITY = 0.85f;

	private final EvidenceProperties properties;

	/** Decoded images hold their pixels in the heap: so many at once, the others wait. */
	private final Semaphore imageSlots;

	FileInspector(EvidenceProperties properties) {
		this.properties = properties;
		this.imageSlots = new Semaphore(properties.maxConcurrentImages(), true);
	}

	/**
	 * A file as it will be kept, in temporary files of its own that the caller deletes.
	 *
	 * @param stored the bytes to keep
	 * @param thumbnail a small JPEG for lists; null for a PDF
	 */
	record Inspected(String contentType, Path stored, long sizeBytes, String sha256, @Nullable Integer width,
			@Nullable Integer height, @Nullable Path thumbnail) {
	}

	/** Checks and prepares the upload in {@code upload}, or refuses it with {@link FileRefused}. */
	Inspected inspect(Path upload) throws IOException {
		long size = Files.size(upload);
		if (size > this.properties.maxFileSize().toBytes()) {
			throw tooLarge();
		}
		if (size == 0) {
			throw new FileRefused(Reason.UNREADABLE, "文件为空");
		}
		String type = sniff(upload);
		if ("image/heic".equals(type) || "image/heif".equals(type)) {
			throw new FileRefused(Reason.TYPE_NOT_ALLOWED, "暂不接收HEIC照片，请在手机相机设置中选择“兼容性最佳”或上传JPEG");
		}
		if (!ALLOWED.contains(type)) {
			throw new FileRefused(Reason.TYPE_NOT_ALLOWED, "只接收JPEG、PNG照片和PDF文件，该文件为 " + type);
		}
		if (type.equals(PDF)) {
			checkPdf(upload);
			return new Inspected(PDF, upload, size, sha256(upload), null, null, null);
		}
		return reencode(upload, type);
	}

	FileRefused tooLarge() {
		return new FileRefused(Reason.FILE_TOO_LARGE, "文件不能超过 " + this.properties.maxFileSize().toMegabytes() + "MB");
	}

	/** The type its bytes say: Tika's magic numbers, with no file name to go by. */
	private static String sniff(Path file) throws IOException {
		try (TikaInputStream bytes = TikaInputStream.get(Files.newInputStream(file))) {
			return MimeTypes.getDefaultMimeTypes().detect(bytes, new Metadata(), new ParseContext()).getBaseType().toString();
		}
	}

	private void checkPdf(Path file) throws IOException {
		// parsed with its streams cached on disk, not in the heap
		try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			if (document.isEncrypted()) {
				throw new FileRefused(Reason.UNSAFE_PDF, "PDF已加密，无法检查，请上传未加密的文件");
			}
			for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
				COSBase object = document.getDocument().getObjectFromPool(key).getObject();
				if (object instanceof COSDictionary dictionary && unsafe(dictionary)) {
					throw new FileRefused(Reason.UNSAFE_PDF, "PDF含脚本、动作或嵌入文件，请另存为普通PDF或拍照上传");
				}
			}
		}
		catch (IOException ex) {
			throw new FileRefused(Reason.UNREADABLE, "PDF文件已损坏，无法读取");
		}
	}

	private static boolean unsafe(COSDictionary dictionary) {
		if (UNSAFE_PDF_KEYS.stream().anyMatch(dictionary::containsKey)) {
			return true;
		}
		COSName action = dictionary.getCOSName(COSName.S);
		return (action != null && UNSAFE_PDF_ACTIONS.contains(action))
				|| COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE));
	}

	private Inspected reencode(Path upload, String type) throws IOException {
		int[] size = dimensions(upload);
		long pixels = (long) size[0] * size[1];
		if (pixels > this.properties.maxPixels()) {
			throw new FileRefused(Reason.IMAGE_TOO_LARGE,
					"图片像素过大（" + size[0] + "×" + size[1] + "），不能超过 " + this.properties.maxPixels() / 1_000_000 + " 百万像素");
		}
		this.imageSlots.acquireUninterruptibly();
		try {
			BufferedImage upright = decode(upload, size);
			boolean png = type.equals(PNG);
			Path stored = Files.createTempFile("evidence", png ? ".png" : ".jpg");
			Path thumbnail = Files.createTempFile("evidence", ".thumb.jpg");
			try {
				write(upright, png, stored);
				int side = this.properties.thumbnailSide();
				write(Thumbnails.of(upright).size(side, side).imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage(),
						false, thumbnail);
				return new Inspected(png ? PNG : JPEG, stored, Files.size(stored), sha256(stored), upright.getWidth(),
						upright.getHeight(), thumbnail);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(stored);
				Files.deleteIfExists(thumbnail);
				throw ex;
			}
		}
		finally {
			this.imageSlots.release();
		}
	}

	/** Width and height from the image's header, before any pixel is decoded. */
	private static int[] dimensions(Path file) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new FileRefused(Reason.UNREADABLE, "图片无法读取");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			catch (IOException | RuntimeException ex) {
				throw new FileRefused(Reason.UNREADABLE, "图片无法读取，请重新拍摄或导出为JPEG");
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** The picture turned as the camera meant it (EXIF orientation), no larger than the configured side. */
	private BufferedImage decode(Path file, int[] size) {
		double scale = Math.min(1.0, (double) this.properties.maxImageSide() / Math.max(size[0], size[1]));
		try {
			return Thumbnails.of(file.toFile()).scale(scale).useExifOrientation(true).asBufferedImage();
		}
		catch (IOException | RuntimeException ex) {
			// a truncated file, a CMYK JPEG, a colour profile ImageIO cannot read
			throw new FileRefused(Reason.UNREADABLE, "图片无法读取，请重新拍摄或导出为JPEG");
		}
	}

	/** Written by ImageIO from pixels alone: no metadata of the original travels with them. */
	private static void write(BufferedImage image, boolean png, Path target) throws IOException {
		if (png) {
			ImageIO.write(image, "png", target.toFile());
			return;
		}
		BufferedImage rgb = image;
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (OutputStream out = Files.newOutputStream(target); ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(rgb, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The extension a stored file's name gets from its type. */
	static final Map<String, String> EXTENSIONS = Map.of(JPEG, "jpg", PNG, "png", PDF, "pdf");

}
