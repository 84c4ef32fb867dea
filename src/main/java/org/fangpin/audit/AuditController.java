package org.fangpin.audit;

import java.util.Arrays;
import java.util.List;

import org.fangpin.audit.AuditLog.AuditRecord;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.Page;
import org.fangpin.security.AuditScope;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The audit trail, for auditors within their grids. */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@QueryMapping
	Connection<AuditRecord> auditRecords(@Argument @Nullable String operation, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @ContextValue Caller caller) {
		return this.audit.page(AuditScope.of(caller), operation, Page.of(first, after));
	}

	@SchemaMapping(typeName = "AuditRecord")
	String targetId(AuditRecord record) {
		return new GlobalId(record.targetType(), record.targetId()).encode();
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<Role> roles(AuditRecord record) {
		return Role.listOf(record.roles());
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<String> grids(AuditRecord record) {
		return record.grids().isEmpty() ? List.of() : Arrays.asList(record.grids().split(","));
	}

}
