package org.fangpin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.GlobalId;
import org.fangpin.limits.HttpRefusals;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files over HTTP, as the mini-program's {@code wx.uploadFile} and {@code wx.downloadFile} speak it,
 * under the same bearer token as the GraphQL API: {@code POST /attachments} (multipart, parts {@code file}
 * and {@code kind}) answers the pending file's id, which a mutation then attaches to what it proves;
 * {@code GET /attachments/{id}} and {@code …/thumbnail} give the bytes back to whom they are released.
 */
@RestController
class EvidenceHttpController {

	private static final String REQUEST_ID = "X-Request-Id";

	private final EvidenceFiles files;

	EvidenceHttpController(EvidenceFiles files) {
		this.files = files;
	}

	@PostMapping("/attachments")
	ResponseEntity<Map<String, @Nullable Object>> upload(@RequestParam("file") MultipartFile part,
			@RequestParam("kind") String kind, @AuthenticationPrincipal Caller caller) {
		EvidenceKind parsed = parseKind(kind);
		Path upload;
		try {
			upload = Files.createTempFile("evidence-upload", ".bin");
			// Tomcat keeps the part in a temporary file: moved, not read into the heap
			part.transferTo(upload);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			EvidenceFile file = this.files.upload(caller, parsed, part.getOriginalFilename(), upload);
			return ResponseEntity.status(HttpStatus.CREATED).body(describe(file));
		}
		finally {
			try {
				Files.deleteIfExists(upload);
			}
			catch (IOException ex) {
				// the temporary directory is cleaned by the system; nothing of the upload is lost
			}
		}
	}

	@GetMapping("/attachments/{id}")
	void download(@PathVariable String id, @AuthenticationPrincipal Caller caller, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		send(this.files.download(caller, requestId(request), id, false), response);
	}

	@GetMapping("/attachments/{id}/thumbnail")
	void thumbnail(@PathVariable String id, @AuthenticationPrincipal Caller caller, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		send(this.files.download(caller, requestId(request), id, true), response);
	}

	@ExceptionHandler(FileRefused.class)
	ResponseEntity<Map<String, String>> refused(FileRefused refusal) {
		return ResponseEntity.status(refusal.reason().status())
			.body(HttpRefusals.body(refusal.code(), refusal.reason().name(), refusal.getMessage()));
	}

	/** Streamed from the store; never rendered by the browser as a page of this site. */
	private static void send(EvidenceFiles.Download download, HttpServletResponse response) throws IOException {
		try (InputStream bytes = download.bytes()) {
			response.setContentType(download.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
			response.setHeader("X-Evidence-SHA256", download.file().sha256());
			bytes.transferTo(response.getOutputStream());
		}
	}

	static Map<String, @Nullable Object> describe(EvidenceFile file) {
		Map<String, @Nullable Object> described = new LinkedHashMap<>();
		described.put("id", new GlobalId("EvidenceFile", file.id()).encode());
		described.put("kind", file.kind().name());
		described.put("fileName", file.fileName());
		described.put("contentType", file.contentType());
		described.put("size", file.sizeBytes());
		described.put("sha256", file.sha256());
		described.put("width", file.width());
		described.put("height", file.height());
		return described;
	}

	private static EvidenceKind parseKind(String kind) {
		try {
			return EvidenceKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badInput("未知的材料类别 " + kind + " (kind must be one of EvidenceKind)");
		}
	}

	private static String requestId(HttpServletRequest request) {
		String given = request.getHeader(REQUEST_ID);
		return (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) ? given : UUID.randomUUID().toString();
	}

}
