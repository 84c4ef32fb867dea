package org.fangpin.security;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jspecify.annotations.Nullable;

/** Where the member a resident's account is bound to lives now; null once the member is removed. */
@Mapper
interface ResidentMapper {

	@Select("SELECT household_id FROM member WHERE id = #{memberId}")
	@Nullable Long findHouseholdOfMember(@Param("memberId") long memberId);

}
