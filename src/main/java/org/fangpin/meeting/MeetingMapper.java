package org.fangpin.meeting;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Village meetings: read where the caller's household grids cover the village (a grid worker's group does not, nor
 * a resident's household); the households discussed only as far as the caller may see them.
 */
@Mapper
interface MeetingMapper {

	void insert(@Param("m") VillageMeeting meeting);

	void insertHouseholds(@Param("households") Collection<MeetingHousehold> households);

	@ReadsWithoutScope("the record a resent write already made, by the key its sender made")
	@Nullable VillageMeeting findByClientKey(@Param("clientKey") String clientKey);

	List<VillageMeeting> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	/** The meetings of the villages under {@code under}, in the order recorded, after the cursor. */
	List<VillageMeeting> findPage(@Param("scope") Scope scope, @Param("under") String under,
			@Param("kind") @Nullable VillageMeetingKind kind, @Param("afterId") @Nullable Long afterId,
			@Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("under") String under,
			@Param("kind") @Nullable VillageMeetingKind kind);

	/**
	 * The meetings that discussed a household the caller has found, in the order held, where the caller's grids
	 * cover the village: a meeting's note and attendance are the village's, not a group's or a resident's.
	 */
	List<VillageMeeting> findOfHousehold(@Param("scope") Scope scope, @Param("householdId") long householdId);

	/** The households the meetings discussed, within the scope. */
	List<MeetingHousehold> findHouseholds(@Param("scope") Scope scope, @Param("meetingIds") Collection<Long> meetingIds);

	/** Every household the meeting discussed, for a retry to compare with. */
	@ReadsWithoutScope("the households of a meeting already read in the caller's scope")
	List<MeetingHousehold> findAllHouseholds(@Param("meetingId") long meetingId);

}
