package org.fangpin.household;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Members, read through the scope of their household. */
@Mapper
public interface MemberMapper {

	/** Members of these households, head first. */
	List<Member> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	List<Member> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	@Nullable Member findByIdNumberHash(@Param("scope") Scope scope, @Param("hash") byte[] hash);

	/** The household a person is registered in, whatever the scope: to refuse registering them twice. */
	@ReadsWithoutScope("whether an ID number is registered anywhere (one person, one household): the service answers whether, not where")
	@Nullable Long findHouseholdIdByIdNumberHash(@Param("hash") byte[] hash);

	/** Where each of these people is registered, by the lookup hash of their ID number, whatever the scope. */
	@ReadsWithoutScope("where ID numbers are registered, for the one-person-one-household check: the service answers whether, not where")
	List<Registration> findRegistrations(@Param("hashes") Collection<byte[]> hashes);

	record Registration(byte[] idNumberHash, long householdId) {
	}

	void insertMembers(@Param("members") List<Member> members);

	int update(@Param("scope") Scope scope, @Param("member") Member member, @Param("version") int version);

	int delete(@Param("scope") Scope scope, @Param("id") long id, @Param("version") int version);

}
