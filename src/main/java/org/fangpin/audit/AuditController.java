package org.fangpin.audit;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.fangpin.audit.AccessLog.Access;
import org.fangpin.audit.AuditLog.AuditRecord;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.Page;
import org.fangpin.security.rows.AuditScope;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The audit trail and the access log of sensitive data, for auditors within their grids. */
@Controller
class AuditController {

	private final AuditLog audit;

	/** The largest integer a JavaScript number holds exactly (2^53 - 1). */
	private static final BigInteger MAX_SAFE_INTEGER = BigInteger.valueOf((1L << 53) - 1);

	private final AccessLog accessLog;

	private final JsonMapper json;

	AuditController(AuditLog audit, AccessLog accessLog, JsonMapper json) {
		this.audit = audit;
		this.accessLog = accessLog;
		this.json = json;
	}

	@QueryMapping
	Connection<AuditRecord> auditRecords(@Argument @Nullable String operation, Page page, @ContextValue Caller caller) {
		return this.audit.page(AuditScope.of(caller), operation, page);
	}

	@QueryMapping
	Connection<Access> sensitiveDataAccess(@Argument @Nullable String householdId, @Argument @Nullable String subject,
			Page page, @ContextValue Caller caller) {
		AuditScope scope = AuditScope.of(caller);
		Long household = (householdId == null) ? null : GlobalId.idOf(householdId, "Household")
			.orElseThrow(() -> ApiException.badInput("householdId 不是农户ID (householdId is not a household's ID)"));
		return this.accessLog.page(scope, household, subject, page);
	}

	@SchemaMapping(typeName = "AuditRecord")
	String targetId(AuditRecord record) {
		return new GlobalId(record.targetType(), record.targetId()).encode();
	}

	/**
	 * Records written before other records were referred to by global id carry raw ids as numbers, which a
	 * JavaScript client would round beyond 2^53: those are given as strings. The records themselves never change.
	 */
	@SchemaMapping(typeName = "AuditRecord")
	String changes(AuditRecord record) {
		return this.json.writeValueAsString(exact(this.json.readTree(record.changes())));
	}

	private static JsonNode exact(JsonNode node) {
		if (node.isIntegralNumber() && node.bigIntegerValue().abs().compareTo(MAX_SAFE_INTEGER) > 0) {
			return JsonNodeFactory.instance.stringNode(node.bigIntegerValue().toString());
		}
		if (node instanceof ObjectNode object) {
			List.copyOf(object.propertyNames()).forEach((name) -> object.set(name, exact(object.get(name))));
		}
		if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, exact(array.get(i)));
			}
		}
		return node;
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<Role> roles(AuditRecord record) {
		return Role.listOf(record.roles());
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<String> grids(AuditRecord record) {
		return gridList(record.grids());
	}

	@SchemaMapping(typeName = "SensitiveDataAccess")
	List<Role> roles(Access access) {
		return Role.listOf(access.roles());
	}

	@SchemaMapping(typeName = "SensitiveDataAccess")
	List<String> grids(Access access) {
		return gridList(access.grids());
	}

	/** The grids an actor held, as recorded: comma-separated. */
	private static List<String> gridList(String grids) {
		return grids.isEmpty() ? List.of() : Arrays.asList(grids.split(","));
	}

}
