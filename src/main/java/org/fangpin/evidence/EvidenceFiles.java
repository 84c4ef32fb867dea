package org.fangpin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.audit.AccessLog;
import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.limits.UploadBudget;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.fields.FieldPolicy;
import org.fangpin.security.rows.HouseholdRow;
import org.fangpin.security.fields.PersonalData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料: uploads kept pending for their uploader, attached by the feature whose record they prove (which
 * checks the duty of that record first), listed with what they are attached to, and read back under the
 * release of what they carry.
 */
@Service
public class EvidenceFiles {

	private static final Logger logger = LoggerFactory.getLogger(EvidenceFiles.class);

	/** Files one step or record takes at once: the pages of minutes, a few photos of the notice board. */
	static final int MAX_FILES_AT_ONCE = 20;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

	private final EvidenceMapper files;

	private final FileInspector inspector;

	private final BlobStore store;

	private final UploadBudget budget;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final AccessLog accessLog;

	private final Clock clock;

	EvidenceFiles(EvidenceMapper files, FileInspector inspector, BlobStore store, UploadBudget budget, IdGenerator ids,
			AuditLog audit, AccessLog accessLog, Clock clock) {
		this.files = files;
		this.inspector = inspector;
		this.store = store;
		this.budget = budget;
		this.ids = ids;
		this.audit = audit;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Checks, re-encodes and stores an upload, pending until attached: what a cadre sends from the field before
	 * the step it proves. Refused before anything is stored if the file is not one to keep.
	 */
	public EvidenceFile upload(Caller caller, EvidenceKind kind, @Nullable String originalName, Path upload) {
		if (!FieldPolicy.uploadsEvidence(caller)) {
			throw ApiException.forbidden("当前角色不能上传佐证材料 (only cadres upload evidence)");
		}
		this.budget.take(caller);
		FileInspector.Inspected inspected;
		try {
			inspected = this.inspector.inspect(upload);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long id = this.ids.nextId();
		Instant now = this.clock.instant();
		String key = LocalDate.ofInstant(now, InputCheck.ZONE).format(MONTH) + "/" + id;
		String blobKey = key + "." + FileInspector.EXTENSIONS.get(inspected.contentType());
		String thumbnailKey = (inspected.thumbnail() != null) ? key + ".thumb.jpg" : null;
		try {
			this.store.put(blobKey, inspected.stored(), inspected.contentType());
			if (thumbnailKey != null) {
				this.store.put(thumbnailKey, inspected.thumbnail(), FileInspector.JPEG);
			}
			EvidenceFile file = new EvidenceFile(id, kind, EvidenceFile.State.PENDING,
					fileName(originalName, kind, inspected.contentType()), inspected.contentType(), inspected.sizeBytes(),
					inspected.sha256(), inspected.width(), inspected.height(), blobKey, thumbnailKey, caller.subject(),
					caller.name(), now, null, null, null, null, null, null);
			this.files.insert(file);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteTemporary(inspected, upload);
		}
	}

	/**
	 * The pending uploads of the caller's that {@code fileIds} name, locked for attaching to a record of
	 * {@code target}: an id not found (someone else's, attached already, removed) or of a kind that does not go
	 * there is an error in {@code check}, under {@code field}.
	 */
	@Transactional
	public List<EvidenceFile> pending(Caller caller, EvidenceKind.Target target, @Nullable List<String> fileIds,
			InputCheck check, String field) {
		if (fileIds == null || fileIds.isEmpty()) {
			return List.of();
		}
		if (fileIds.size() > MAX_FILES_AT_ONCE) {
			check.fail("一次最多关联" + MAX_FILES_AT_ONCE + "个文件 (at most " + MAX_FILES_AT_ONCE + " files at once)", field);
			return List.of();
		}
		List<EvidenceFile> found = new ArrayList<>();
		for (String fileId : Set.copyOf(fileIds)) {
			EvidenceFile file = GlobalId.idOf(fileId, "EvidenceFile")
				.map(this.files::lock)
				.filter((locked) -> locked.state() == EvidenceFile.State.PENDING
						&& locked.uploadedBy().equals(caller.subject()))
				.orElse(null);
			if (file == null) {
				check.fail("未找到待关联的文件 " + fileId + "，请重新上传 (NOT_FOUND: no pending upload of yours with this id)",
						field);
			}
			else if (file.kind().target() != target) {
				check.fail("「" + file.kind().label() + "」不能作为此项的佐证材料 (" + file.kind() + " is not evidence for a "
						+ target.typeName() + ")", field);
			}
			else {
				found.add(file);
			}
		}
		return found;
	}

	/**
	 * Attaches the files found by {@link #pending} to the record they prove, once the feature has checked the
	 * caller's duty for it; each file's hash goes to the audit trail with the record.
	 */
	@Transactional
	public void attach(Act act, List<EvidenceFile> pending, long targetId, HouseholdRow household) {
		Instant now = this.clock.instant();
		for (EvidenceFile file : pending) {
			if (this.files.attach(file.id(), file.kind().target().typeName(), targetId, household.id(), act.caller().name(),
					now) == 0) {
				throw ApiException.notFound("待关联的文件");
			}
			this.audit.record(act, "attachEvidence", file.kind().target().typeName(), targetId,
					new Changes().field("evidence", null, Map.of("fileId", new GlobalId("EvidenceFile", file.id()).encode(),
							"kind", file.kind().name(), "sha256", file.sha256(), "fileName", file.fileName())));
		}
	}

	/** What the step's record keeps of its files: kind and hash, so that a replaced file is detectable. */
	public static List<Map<String, String>> summary(List<EvidenceFile> files) {
		return files.stream()
			.map((file) -> Map.of("fileId", new GlobalId("EvidenceFile", file.id()).encode(), "kind", file.kind().name(),
					"sha256", file.sha256()))
			.toList();
	}

	/** The files attached to these records that the caller may know of (a resident: their household's own kinds). */
	public Map<Long, List<EvidenceFile>> ofTargets(Caller caller, EvidenceKind.Target target, Collection<Long> targetIds) {
		Map<Long, List<EvidenceFile>> byTarget = new LinkedHashMap<>();
		targetIds.forEach((id) -> byTarget.put(id, new ArrayList<>()));
		if (!targetIds.isEmpty() && FieldPolicy.findsRecordsOf(caller, false)) {
			for (EvidenceFile file : this.files.findByTargets(caller.scope(), target.typeName(), targetIds)) {
				if (listed(caller, file)) {
					byTarget.get(file.targetId()).add(file);
				}
			}
		}
		return byTarget;
	}

	/** The kinds attached to one record, whoever may see them: for the rule that a step needs its files. */
	public Set<EvidenceKind> kindsAttached(Caller caller, EvidenceKind.Target target, long targetId) {
		return this.files.findByTargets(caller.scope(), target.typeName(), List.of(targetId))
			.stream()
			.map(EvidenceFile::kind)
			.collect(Collectors.toSet());
	}

	/** Whether the caller may read the file's bytes: what it carries is released to them for its household. */
	public static boolean released(Caller caller, EvidenceFile file) {
		if (file.state() == EvidenceFile.State.PENDING) {
			return file.uploadedBy().equals(caller.subject());
		}
		PersonalData carries = file.kind().carries();
		return carries == null || FieldPolicy.releasesInFull(carries, caller, attachedTo(file));
	}

	/** A file read back: its record and its bytes (or its thumbnail's), to be closed. */
	public record Download(EvidenceFile file, String contentType, InputStream bytes) {
	}

	/**
	 * A file's bytes, found within the caller's scope and checked against release each time: not found if the
	 * caller may not know of it, refused if what it carries is not released to them.
	 */
	public Download download(Caller caller, String requestId, String fileId, boolean thumbnail) {
		EvidenceFile file = GlobalId.idOf(fileId, "EvidenceFile")
			.filter((id) -> FieldPolicy.findsRecordsOf(caller, false))
			.map((id) -> this.files.find(caller.scope(), id, caller.subject()))
			.filter((found) -> listed(caller, found))
			.orElseThrow(() -> ApiException.notFound("文件"));
		if (!released(caller, file)) {
			throw ApiException.forbidden("该材料含" + file.kind().label() + "所载个人信息，当前职责不能查看 (FORBIDDEN: "
					+ file.kind().carries() + " of this household is not released to you)");
		}
		String key = thumbnail ? file.thumbnailKey() : file.blobKey();
		if (key == null) {
			throw ApiException.notFound("缩略图");
		}
		PersonalData carries = file.kind().carries();
		if (carries != null && carries.sensitive() && file.householdId() != null) {
			this.accessLog.record(caller, requestId, "downloadEvidence", Map.of(carries, Set.of(file.householdId())));
		}
		try {
			return new Download(file, thumbnail ? FileInspector.JPEG : file.contentType(), this.store.open(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Evidence file " + file.id() + " is missing from the store", ex);
		}
	}

	/**
	 * Removes uploads nobody attached within their lifetime: the row first, and only where it is still pending
	 * (an attach that came first wins, another instance doing the same finds nothing), then the bytes.
	 * @return how many were removed
	 */
	public int removeOrphans(Instant uploadedBefore) {
		int removed = 0;
		for (EvidenceFile orphan : this.files.findPendingBefore(uploadedBefore, 500)) {
			if (this.files.deletePending(orphan.id()) == 1) {
				try {
					this.store.delete(orphan.blobKey());
					if (orphan.thumbnailKey() != null) {
						this.store.delete(orphan.thumbnailKey());
					}
				}
				catch (IOException ex) {
					logger.warn("Could not remove the bytes of orphaned evidence file {} from the store", orphan.id(), ex);
				}
				removed++;
			}
		}
		return removed;
	}

	/** Whether the caller may know of the file at all: a resident, of their own household's letters and notices. */
	private static boolean listed(Caller caller, EvidenceFile file) {
		return file.state() == EvidenceFile.State.PENDING || FieldPolicy.knowsOfFile(caller, file.kind().shownToResident());
	}

	private static HouseholdRow attachedTo(EvidenceFile file) {
		long household = (file.householdId() != null) ? file.householdId() : 0;
		String group = (file.groupCode() != null) ? file.groupCode() : "";
		return new AttachedTo(household, group);
	}

	private record AttachedTo(long id, String groupCode) implements HouseholdRow {
	}

	/** The name a cadre sees: the uploaded name's last part, or the kind's; always with the stored type's extension. */
	private static String fileName(@Nullable String original, EvidenceKind kind, String contentType) {
		String base = (original != null) ? original.replace('\\', '/') : "";
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = base.lastIndexOf('.');
		if (dot >= 0) {
			base = base.substring(0, dot);
		}
		if (base.isBlank()) {
			base = kind.label();
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + "." + FileInspector.EXTENSIONS.get(contentType);
	}

	private static void deleteTemporary(FileInspector.Inspected inspected, Path upload) {
		try {
			if (!inspected.stored().equals(upload)) {
				Files.deleteIfExists(inspected.stored());
			}
			if (inspected.thumbnail() != null) {
				Files.deleteIfExists(inspected.thumbnail());
			}
		}
		catch (IOException ex) {
			logger.warn("Could not remove a temporary file of an upload", ex);
		}
	}

}
