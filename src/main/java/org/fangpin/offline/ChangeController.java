package org.fangpin.offline;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.Page;
import org.fangpin.security.Caller;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChangeController {

	private final GridChanges changes;

	ChangeController(GridChanges changes) {
		this.changes = changes;
	}

	@QueryMapping
	Connection<RecordChange> changes(Page page, @ContextValue Caller caller) {
		return this.changes.after(caller, page);
	}

	@SchemaMapping(typeName = "RecordChange")
	String recordId(RecordChange change) {
		return new GlobalId(change.kind().typeName(), change.recordId()).encode();
	}

	@SchemaMapping(typeName = "RecordChange")
	String householdId(RecordChange change) {
		return new GlobalId(RecordKind.HOUSEHOLD.typeName(), change.householdId()).encode();
	}

}
