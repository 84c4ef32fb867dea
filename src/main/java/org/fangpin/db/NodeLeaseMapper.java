package org.fangpin.db;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Lease rows of the id generator's node numbers; each method returns the rows it changed (0 or 1). */
@Mapper
interface NodeLeaseMapper {

	/** Fails with a duplicate key if the number has ever been leased. */
	int claimFree(@Param("node") int node, @Param("holder") String holder, @Param("seconds") long seconds);

	int claimExpired(@Param("node") int node, @Param("holder") String holder, @Param("seconds") long seconds);

	int renew(@Param("node") int node, @Param("holder") String holder, @Param("seconds") long seconds);

	int release(@Param("node") int node, @Param("holder") String holder);

}
