package org.fangpin.node;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.GlobalId;
import org.fangpin.security.Caller;
import org.fangpin.security.fields.FieldPolicy;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.node}: any record by its global id, through the resolver of its type. */
@Controller
class NodeController {

	private final Map<String, NodeResolver> resolvers;

	NodeController(List<NodeResolver> resolvers) {
		this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::typeName, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id, @ContextValue Caller caller) {
		GlobalId globalId = GlobalId.decode(id).orElseThrow(() -> ApiException.notFound("该记录"));
		NodeResolver resolver = this.resolvers.get(globalId.type());
		boolean refused = resolver == null || !FieldPolicy.findsRecordsOf(caller, resolver.openToDepartments());
		Object found = refused ? null : resolver.find(caller, globalId.id());
		if (found == null) {
			throw ApiException.notFound("该记录");
		}
		return found;
	}

}
