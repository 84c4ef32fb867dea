package org.fangpin.offline;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

@Mapper
interface GridChangeMapper {

	void insert(RecordChange change);

	/** The changes in scope after {@code afterId} and up to {@code settledUpTo} (if given), oldest first. */
	List<RecordChange> find(@Param("scope") Scope scope, @Param("afterId") @Nullable Long afterId,
			@Param("settledUpTo") @Nullable Long settledUpTo, @Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("afterId") @Nullable Long afterId,
			@Param("settledUpTo") @Nullable Long settledUpTo);

}
