package org.fangpin.household;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface HouseholdMapper {

	void insertHouseholds(@Param("households") List<Household> households);

	void insertMembers(@Param("members") List<Member> members);

}
