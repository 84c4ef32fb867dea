package org.fangpin.security.tokens;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.jspecify.annotations.Nullable;

/** Where the member a resident's account is bound to lives now; null once the member is removed. */
@Mapper
interface ResidentMapper {

	/** The household and its group grid. */
	record Home(long householdId, String groupCode) {
	}

	@Select("""
			SELECT m.household_id, h.group_code FROM member m JOIN household h ON h.id = m.household_id
			WHERE m.id = #{memberId}""")
	@ConstructorArgs({ @Arg(column = "household_id", javaType = long.class),
			@Arg(column = "group_code", javaType = String.class) })
	@ReadsWithoutScope("the household of the member a resident's account is bound to, read to build that caller")
	@Nullable Home findHomeOfMember(@Param("memberId") long memberId);

}
