package org.fangpin.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Evidence files on the real stack: uploaded as the mini-program sends them, checked from their bytes,
 * attached with the step they prove (or after it) under that step's duty, and read back by those to whom
 * what they carry is released.
 */
class EvidenceTest extends ApiTest {

	private static final String STEP = """
			mutation($input: CommitmentInput!) {
			  recordCommitment(input: $input) { case { status } userErrors { field code message } }
			}""";

	private static final String CASE_FILES = """
			query($id: ID!) {
			  node(id: $id) { ... on MonitoredCase {
			    files { id kind sha256 contentType downloadUrl thumbnailUrl }
			    availableActions { mutation files { kind required } }
			  } }
			}""";

	@Autowired
	EvidenceFiles evidence;

	private final CaseFixtures fixtures = new CaseFixtures();

	@AfterEach
	void removeFilesAndSettings() {
		this.fixtures.remove(this.jdbc);
		this.jdbc.update("DELETE FROM evidence_file");
		this.jdbc.update("DELETE FROM county_setting");
	}

	@Test
	void aCommitmentRequiredByTheCountyIsTakenWithItsLettersWhichGoOnlyToWhomIdNumbersAre() throws Exception {
		String caseId = caseAwaitingCommitment();
		setCountySetting("COMMITMENT_LETTERS_REQUIRED", 1);

		// the step is refused without the letters, and nothing moves
		Map<String, Object> before = snapshot();
		assertThat(commit(Persona.WORKER, caseId, List.of()).path("recordCommitment.userErrors[*].message")
			.entityList(String.class)
			.get()).singleElement().asString().contains("EVIDENCE_REQUIRED").contains("承诺书").contains("授权书");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(actionFiles(Persona.WORKER, caseId, "recordCommitment")).containsExactly(
				Map.of("kind", "COMMITMENT_LETTER", "required", true),
				Map.of("kind", "AUTHORIZATION_LETTER", "required", true));

		// a photo of a notice is not a commitment letter
		String notice = upload(Persona.WORKER, "NOTICE_PHOTO", "board.jpg", jpeg(true)).get("id").toString();
		assertThat(commit(Persona.WORKER, caseId, List.of(notice)).path("recordCommitment.userErrors[*].message")
			.entityList(String.class)
			.get()).anySatisfy((message) -> assertThat(message).contains("不是「签署承诺授权」的佐证材料"));

		// someone else's pending upload is not found
		String villages = upload(Persona.VILLAGE, "COMMITMENT_LETTER", "letter.jpg", jpeg(false)).get("id").toString();
		assertThat(commit(Persona.WORKER, caseId, List.of(villages)).path("recordCommitment.userErrors[*].message")
			.entityList(String.class)
			.get()).anySatisfy((message) -> assertThat(message).contains("NOT_FOUND"));

		Map<String, Object> letter = upload(Persona.WORKER, "COMMITMENT_LETTER", "承诺书.jpg", jpeg(true));
		String authorization = upload(Persona.WORKER, "AUTHORIZATION_LETTER", "授权书.pdf", pdf(false)).get("id")
			.toString();
		commit(Persona.WORKER, caseId, List.of(letter.get("id").toString(), authorization))
			.path("recordCommitment.case.status")
			.entity(String.class)
			.isEqualTo("PENDING_APPRAISAL");

		// the step's record and the audit trail keep each file's hash
		String sha256 = letter.get("sha256").toString();
		assertThat(count("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND action = 'RECORD_COMMITMENT' AND evidence LIKE ?",
				rowId(caseId), "%" + sha256 + "%")).isOne();
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'attachEvidence' AND target_id = ? AND changes LIKE ?",
				rowId(caseId), "%" + sha256 + "%")).isOne();

		// the village sees and fetches the letters; the grid worker who took them, the auditor and the
		// township see them listed with their hashes, but the ID numbers they carry are not theirs to read
		List<Map<String, Object>> asVillage = files(Persona.VILLAGE, caseId);
		assertThat(asVillage).extracting((file) -> file.get("kind"))
			.containsExactlyInAnyOrder("COMMITMENT_LETTER", "AUTHORIZATION_LETTER");
		assertThat(asVillage).allSatisfy((file) -> assertThat(file.get("downloadUrl")).isNotNull());
		String letterUrl = asVillage.stream()
			.filter((file) -> file.get("kind").equals("COMMITMENT_LETTER"))
			.findFirst()
			.orElseThrow()
			.get("downloadUrl")
			.toString();
		byte[] stored = download(Persona.VILLAGE, letterUrl, HttpStatus.OK).getResponseBodyContent();
		assertThat(sha256(stored)).isEqualTo(sha256);
		assertThat(files(Persona.WORKER, caseId)).allSatisfy((file) -> assertThat(file.get("downloadUrl")).isNull());
		assertThat(files(Persona.AUDITOR, caseId)).extracting((file) -> file.get("sha256")).contains(sha256);
		download(Persona.WORKER, letterUrl, HttpStatus.FORBIDDEN);
		download(Persona.AUDITOR, letterUrl, HttpStatus.FORBIDDEN);
		// outside the caller's scope the file does not exist
		download(Persona.WORKER2, letterUrl, HttpStatus.NOT_FOUND);
		download(Persona.HEALTH_SYSTEM, letterUrl, HttpStatus.NOT_FOUND);
		// a download of ID-number-bearing evidence is in the sensitive access log
		assertThat(count("SELECT COUNT(*) FROM sensitive_access WHERE operation = 'downloadEvidence'")).isPositive();
	}

	@Test
	void aStoredPhotoIsReencodedUprightWithoutItsExifAndGpsAndHasAThumbnail() throws Exception {
		byte[] original = jpeg(true);
		assertThat(contains(original, "Exif")).isTrue();
		Map<String, Object> uploaded = upload(Persona.WORKER, "NOTICE_PHOTO", "IMG_0001.JPG", original);
		assertThat(uploaded).containsEntry("contentType", "image/jpeg").containsEntry("fileName", "IMG_0001.jpg");

		byte[] stored = download(Persona.WORKER, "/attachments/" + uploaded.get("id"), HttpStatus.OK)
			.getResponseBodyContent();
		assertThat(contains(stored, "Exif")).isFalse();
		assertThat(contains(stored, "GPS")).isFalse();
		assertThat(sha256(stored)).isEqualTo(uploaded.get("sha256"));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(image.getWidth()).isEqualTo(640);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(
				download(Persona.WORKER, "/attachments/" + uploaded.get("id") + "/thumbnail", HttpStatus.OK)
					.getResponseBodyContent()));
		assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isLessThanOrEqualTo(320);
		// a pending upload is its uploader's alone
		download(Persona.VILLAGE, "/attachments/" + uploaded.get("id"), HttpStatus.NOT_FOUND);
	}

	@Test
	void theTypeIsReadFromTheBytesAndWhatIsNotAnAllowedFileIsRefusedWithItsReasonAndNotStored() throws Exception {
		// a PNG named .pdf is a PNG
		assertThat(upload(Persona.WORKER, "NOTICE_PHOTO", "scan.pdf", png())).containsEntry("contentType", "image/png")
			.containsEntry("fileName", "scan.png");
		long stored = count("SELECT COUNT(*) FROM evidence_file");

		refused("page.jpg", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TYPE_NOT_ALLOWED");
		refused("bomb.jpg", zipBomb(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TYPE_NOT_ALLOWED");
		refused("minutes.pdf", pdf(true), HttpStatus.UNPROCESSABLE_CONTENT, "UNSAFE_PDF");
		refused("huge.jpg", new byte[25 * 1024 * 1024], HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE");
		refused("truncated.jpg", Arrays.copyOf(jpeg(false), 600), HttpStatus.UNPROCESSABLE_CONTENT,
				"UNREADABLE");
		assertThat(count("SELECT COUNT(*) FROM evidence_file")).isEqualTo(stored);

		// an upload needs a cadre's duty
		clientAs(Persona.AUDITOR).post()
			.uri("/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts("NOTICE_PHOTO", "a.png", png())))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aVisitsPhotosAreAttachedAfterItUnderTheDutyOfRecordingVisits() throws Exception {
		String household = householdIn(GROUP_A1_1);
		String visit = graphQlAs(Persona.WORKER).document("""
				mutation($input: VisitInput!) { recordVisit(input: $input) { visit { id } userErrors { message } } }""")
			.variable("input", Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
					this.clock.instant().minus(Duration.ofHours(1)).toString(), "riskFound", false, "policyAware", true))
			.execute()
			.path("recordVisit.visit.id")
			.entity(String.class)
			.get();
		String photo = upload(Persona.WORKER, "VISIT_PHOTO", "visit.jpg", jpeg(true)).get("id").toString();
		String letter = upload(Persona.WORKER, "COMMITMENT_LETTER", "letter.jpg", jpeg(false)).get("id").toString();
		String attach = """
				mutation($input: AttachEvidenceInput!) {
				  attachEvidence(input: $input) { files { kind downloadUrl } userErrors { message } }
				}""";

		assertThat(graphQlAs(Persona.WORKER).document(attach)
			.variable("input", Map.of("targetId", visit, "files", List.of(letter)))
			.execute()
			.path("attachEvidence.userErrors[*].message")
			.entityList(String.class)
			.get()).singleElement().asString().contains("不能作为此项的佐证材料");
		// outside the worker's group the visit is not found
		String photo2 = upload(Persona.WORKER2, "VISIT_PHOTO", "visit.jpg", jpeg(false)).get("id").toString();
		graphQlAs(Persona.WORKER2).document(attach)
			.variable("input", Map.of("targetId", visit, "files", List.of(photo2)))
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(count("SELECT COUNT(*) FROM evidence_file WHERE state = 'ATTACHED'")).isZero();

		graphQlAs(Persona.WORKER).document(attach)
			.variable("input", Map.of("targetId", visit, "files", List.of(photo)))
			.execute()
			.path("attachEvidence.files[0].kind")
			.entity(String.class)
			.isEqualTo("VISIT_PHOTO");
		assertThat(graphQlAs(Persona.VILLAGE).document("""
				query($id: ID!) { node(id: $id) { ... on Household { visits { id files { kind thumbnailUrl } } } } }""")
			.variable("id", household)
			.execute()
			.path("node.visits[?(@.id == '" + visit + "')].files[*].kind")
			.entityList(String.class)
			.get()).containsExactly("VISIT_PHOTO");
	}

	@Test
	void anInspectionsPhotoIsAttachedByWhoeverRecordsInspectionsAndListedWithIt() throws Exception {
		// a period of its own, as the campaign tests do: the campaign's weeks hold this test's only
		this.clock.advance(Duration.ofDays(3000));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai"));
		String campaign = graphQlAs(Persona.COUNTY).document("""
				mutation($input: OpenCampaignInput!) { openCampaign(input: $input) { campaign { id } userErrors { message } } }""")
			.variable("input", Map.of("name", "佐证材料排查", "startsOn", today.minusDays(1).toString(), "endsOn",
					today.plusDays(20).toString(), "gridCodes", List.of("999901100"), "incomeLine", "6700.00"))
			.execute()
			.path("openCampaign.campaign.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response recorded = graphQlAs(Persona.WORKER).document("""
				mutation($input: InspectionInput!) { recordInspection(input: $input) { inspection { id } userErrors { message } } }""")
			.variable("input", Map.of("campaignId", campaign, "householdId", ordinaryHousehold(), "method", "IN_PERSON",
					"inspectedOn", today.toString(), "riskFound", false, "policyAware", true))
			.execute();
		assertThat(recorded.path("recordInspection.userErrors[*].message").entityList(String.class).get()).isEmpty();
		String inspection = recorded.path("recordInspection.inspection.id")
			.entity(String.class)
			.get();
		String photo = upload(Persona.WORKER, "INSPECTION_PHOTO", "inspection.jpg", jpeg(true)).get("id").toString();
		graphQlAs(Persona.WORKER).document("""
				mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { files { kind } userErrors { message } } }""")
			.variable("input", Map.of("targetId", inspection, "files", List.of(photo)))
			.execute()
			.path("attachEvidence.files[0].kind")
			.entity(String.class)
			.isEqualTo("INSPECTION_PHOTO");
		graphQlAs(Persona.VILLAGE).document("""
				query($id: ID!) { node(id: $id) { ... on Inspection { files { kind thumbnailUrl } } } }""")
			.variable("id", inspection)
			.execute()
			.path("node.files[0].thumbnailUrl")
			.entity(String.class)
			.satisfies((url) -> assertThat(url).endsWith("/thumbnail"));
	}

	@Test
	void aWarningsVerificationRecordIsAttachedByTheVerifyingTownship() throws Exception {
		String idNumber = TestData.newIdNumber();
		graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, idNumber))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		String warning = graphQlAs(Persona.HEALTH_SYSTEM).documentName("warnings")
			.operationName("push")
			.variable("input", Map.of("batchId", "evidence-" + idNumber, "warnings",
					List.of(Map.of("referenceId", "evidence-" + idNumber, "idNumber", idNumber, "riskTypes",
							List.of("ILLNESS"), "observedOn", LocalDate.now().minusDays(3).toString(), "facts", Map.of()))))
			.execute()
			.path("pushWarnings.batch.results[0].warningId")
			.entity(String.class)
			.get();
		String attach = """
				mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { files { kind } userErrors { message } } }""";
		// the village sees the warning but the verification is the township's
		String villages = upload(Persona.VILLAGE, "WARNING_VERIFICATION_RECORD", "record.pdf", pdf(false)).get("id")
			.toString();
		graphQlAs(Persona.VILLAGE).document(attach)
			.variable("input", Map.of("targetId", warning, "files", List.of(villages)))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
		String record = upload(Persona.TOWNSHIP, "WARNING_VERIFICATION_RECORD", "record.pdf", pdf(false)).get("id")
			.toString();
		graphQlAs(Persona.TOWNSHIP).document(attach)
			.variable("input", Map.of("targetId", warning, "files", List.of(record)))
			.execute()
			.path("attachEvidence.files[0].kind")
			.entity(String.class)
			.isEqualTo("WARNING_VERIFICATION_RECORD");
		graphQlAs(Persona.TOWNSHIP).document("""
				query($id: ID!) { node(id: $id) { ... on DepartmentWarning { files { kind downloadUrl } } } }""")
			.variable("id", warning)
			.execute()
			.path("node.files[0].downloadUrl")
			.entity(String.class)
			.satisfies((url) -> assertThat(url).startsWith("/attachments/"));
	}

	@Test
	void aFileRequiredAfterItsStepWasTakenStandsInTheWayOfEliminationUntilAttachedUnderThatStepsDuty() throws Exception {
		long household = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "ELIMINATION_NOTICE", "ILLNESS");
		String caseId = globalId("MonitoredCase", this.jdbc.queryForObject(
				"SELECT id FROM monitored_case WHERE household_id = ? AND status = 'ELIMINATION_NOTICE'", Long.class,
				household));
		assertThat(blockers(caseId)).doesNotContain("REQUIRED_FILES");
		setCountySetting("APPRAISAL_MINUTES_REQUIRED", 1);
		assertThat(blockers(caseId)).contains("REQUIRED_FILES");

		String attach = """
				mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { files { kind } userErrors { message } } }""";
		// the minutes are the village's appraisal: a grid worker does not attach them
		String workers = upload(Persona.WORKER, "ELIMINATION_APPRAISAL_MINUTES", "minutes.pdf", pdf(false)).get("id")
			.toString();
		graphQlAs(Persona.WORKER).document(attach)
			.variable("input", Map.of("targetId", caseId, "files", List.of(workers)))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
		String minutes = upload(Persona.VILLAGE, "ELIMINATION_APPRAISAL_MINUTES", "minutes.pdf", pdf(false)).get("id")
			.toString();
		graphQlAs(Persona.VILLAGE).document(attach)
			.variable("input", Map.of("targetId", caseId, "files", List.of(minutes)))
			.execute()
			.path("attachEvidence.files[0].kind")
			.entity(String.class)
			.isEqualTo("ELIMINATION_APPRAISAL_MINUTES");
		assertThat(blockers(caseId)).doesNotContain("REQUIRED_FILES");
	}

	@Test
	void aResidentSeesTheirHouseholdsLettersButNotTheCadresMinutes() {
		long caseRow = 900_000_000_000L + System.nanoTime() % 1_000_000;
		this.jdbc.update("""
				INSERT INTO monitored_case (id, household_id, active_household_id, type, risk_types, status, discovered_at,
				  deadline, identified_at, closed_at, contact_cadre_name, created_at, updated_at, version)
				VALUES (?, 1001, NULL, 'MARGINAL', 'ILLNESS', 'REJECTED', NOW(3), NOW(3), NULL, NOW(3), NULL, NOW(3), NOW(3), 0)""",
				caseRow);
		try {
			List<String> kinds = List.of("COMMITMENT_LETTER", "APPRAISAL_MINUTES");
			for (String kind : kinds) {
				this.jdbc.update("""
						INSERT INTO evidence_file (id, kind, state, file_name, content_type, size_bytes, sha256, blob_key,
						  uploaded_by, uploader_name, uploaded_at, target_type, target_id, household_id, attached_by, attached_at)
						VALUES (?, ?, 'ATTACHED', 'f.pdf', 'application/pdf', 1, REPEAT('0', 64), 'none', 's', '村干部', NOW(3),
						  'MonitoredCase', ?, 1001, '村干部', NOW(3))""", caseRow + 1 + kinds.indexOf(kind), kind, caseRow);
			}
			List<Map<String, Object>> seen = files(Persona.RESIDENT, globalId("MonitoredCase", caseRow));
			assertThat(seen).extracting((file) -> file.get("kind")).containsExactly("COMMITMENT_LETTER");
			assertThat(seen.getFirst().get("downloadUrl")).isNotNull();
			assertThat(files(Persona.VILLAGE, globalId("MonitoredCase", caseRow))).hasSize(2);
		}
		finally {
			this.jdbc.update("DELETE FROM evidence_file WHERE target_id = ?", caseRow);
			this.jdbc.update("DELETE FROM monitored_case WHERE id = ?", caseRow);
		}
	}

	@Test
	void uploadsNobodyAttachesAreRemovedAfterTheirLifetimeWithTheirBytes() throws Exception {
		String id = upload(Persona.WORKER, "NOTICE_PHOTO", "left.jpg", jpeg(false)).get("id").toString();
		download(Persona.WORKER, "/attachments/" + id, HttpStatus.OK);

		assertThat(this.evidence.removeOrphans(this.clock.instant().minus(Duration.ofDays(1)))).isZero();
		this.jdbc.update("UPDATE evidence_file SET uploaded_at = uploaded_at - INTERVAL 2 DAY WHERE id = ?", rowId(id));
		assertThat(this.evidence.removeOrphans(this.clock.instant().minus(Duration.ofDays(1)))).isOne();

		download(Persona.WORKER, "/attachments/" + id, HttpStatus.NOT_FOUND);
		assertThat(count("SELECT COUNT(*) FROM evidence_file WHERE id = ?", rowId(id))).isZero();
	}

	// the API

	private String caseAwaitingCommitment() {
		long household = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "PENDING_COMMITMENT", "ILLNESS");
		return globalId("MonitoredCase", this.jdbc.queryForObject(
				"SELECT id FROM monitored_case WHERE household_id = ? AND status = 'PENDING_COMMITMENT'", Long.class,
				household));
	}

	/** A household registered now: not of the ten key categories, so that a grid worker inspects it. */
	private String ordinaryHousehold() {
		return graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, TestData.newIdNumber()))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

	private List<String> blockers(String caseId) {
		return graphQlAs(Persona.VILLAGE).document("""
				query($id: ID!) { node(id: $id) { ... on MonitoredCase { eliminationBlockers { check } } } }""")
			.variable("id", caseId)
			.execute()
			.path("node.eliminationBlockers[*].check")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response commit(Persona persona, String caseId, List<String> files) {
		int version = this.jdbc.queryForObject("SELECT version FROM monitored_case WHERE id = ?", Integer.class,
				rowId(caseId));
		return graphQlAs(persona).document(STEP)
			.variable("input", Map.of("caseId", caseId, "version", version, "signedOn",
					this.clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString(), "files",
					files))
			.execute();
	}

	private List<Map<String, Object>> files(Persona persona, String caseId) {
		return graphQlAs(persona).document(CASE_FILES)
			.variable("id", caseId)
			.execute()
			.path("node.files")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private List<Map<String, Object>> actionFiles(Persona persona, String caseId, String mutation) {
		return graphQlAs(persona).document(CASE_FILES)
			.variable("id", caseId)
			.execute()
			.path("node.availableActions[?(@.mutation == '" + mutation + "')].files[*]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private Map<String, Object> upload(Persona persona, String kind, String name, byte[] bytes) {
		return clientAs(persona).post()
			.uri("/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts(kind, name, bytes)))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private void refused(String name, byte[] bytes, HttpStatus status, String reason) {
		clientAs(Persona.WORKER).post()
			.uri("/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts("NOTICE_PHOTO", name, bytes)))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.reason")
			.isEqualTo(reason);
	}

	private EntityExchangeResult<byte[]> download(Persona persona, String url, HttpStatus status) {
		return clientAs(persona).get().uri(url).exchange().expectStatus().isEqualTo(status).expectBody().returnResult();
	}

	private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> parts(
			String kind, String name, byte[] bytes) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("kind", kind);
		// the client's word on the type is not taken: every file is sent as a JPEG would be
		parts.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(MediaType.IMAGE_JPEG);
		return parts.build();
	}

	// the files

	/** A 640×480 JPEG, with an EXIF block holding a GPS position when asked. */
	private static byte[] jpeg(boolean withGps) throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		image.createGraphics().fillRect(100, 100, 200, 100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		byte[] plain = out.toByteArray();
		if (!withGps) {
			return plain;
		}
		byte[] exif = exifWithGps();
		ByteArrayOutputStream withExif = new ByteArrayOutputStream();
		withExif.write(plain, 0, 2); // SOI
		withExif.write(0xFF);
		withExif.write(0xE1);
		withExif.write((exif.length + 2) >> 8);
		withExif.write((exif.length + 2) & 0xFF);
		withExif.write(exif);
		withExif.write(plain, 2, plain.length - 2);
		return withExif.toByteArray();
	}

	/** "Exif\0\0", a big-endian TIFF header, IFD0 pointing to a GPS IFD with latitude N 31°13'48". */
	private static byte[] exifWithGps() {
		ByteBuffer tiff = ByteBuffer.allocate(80);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0 at 8: one entry, GPSInfo (0x8825) LONG → GPS IFD at 26
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// GPS IFD at 26: GPSLatitudeRef "N", GPSLatitude 3 RATIONAL at 56
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put("N\0\0\0".getBytes(StandardCharsets.US_ASCII));
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(31).putInt(1).putInt(13).putInt(1).putInt(48).putInt(1);
		ByteArrayOutputStream exif = new ByteArrayOutputStream();
		exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		exif.writeBytes(Arrays.copyOf(tiff.array(), tiff.position()));
		return exif.toByteArray();
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB), "png", out);
		return out.toByteArray();
	}

	/** A one-page PDF, with a script run on opening when asked (stored in a compressed object stream by PDFBox). */
	private static byte[] pdf(boolean withScript) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			if (withScript) {
				document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A small zip that unpacks to 100 MB of zeros. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("zeros.bin"));
			byte[] megabyte = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				zip.write(megabyte);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
