package org.fangpin.household;

import java.time.LocalDate;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.fangpin.graphql.PlainFetcher;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The fields of {@code Member} derived from its ID number, in clear here: each field's {@code @personal} rule
 * decides what the caller sees. Plain functions of the member, not controller methods: a page with ID numbers
 * asks them of every member (P1 in docs/benchmarks.md).
 */
@Component
class MemberIdNumberWiring implements RuntimeWiringConfigurer {

	private static final String DESCRIPTION = "MemberIdNumberWiring";

	private final MemberService members;

	MemberIdNumberWiring(MemberService members) {
		this.members = members;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Member", (type) -> type
			.dataFetcher("idNumber", PlainFetcher.of(DESCRIPTION, String.class, ofIdNumber(IdNumber::value)))
			.dataFetcher("gender", PlainFetcher.of(DESCRIPTION, Gender.class, ofIdNumber(IdNumber::gender)))
			.dataFetcher("birthDate", PlainFetcher.of(DESCRIPTION, LocalDate.class, ofIdNumber(IdNumber::birthDate))));
	}

	private DataFetcher<Object> ofIdNumber(Function<IdNumber, Object> field) {
		return (environment) -> field.apply(this.members.idNumber(environment.<Member>getSource()));
	}

}
