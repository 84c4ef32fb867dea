package org.fangpin.gridcode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GridCodeTest {

	@Test
	void levelFollowsFromLength() {
		assertThat(new GridCode("640422").level()).isEqualTo(GridLevel.COUNTY);
		assertThat(new GridCode("640422100").level()).isEqualTo(GridLevel.TOWNSHIP);
		assertThat(new GridCode("640422100201").level()).isEqualTo(GridLevel.VILLAGE);
		assertThat(new GridCode("64042210020101").level()).isEqualTo(GridLevel.GROUP);
	}

	@Test
	void aGridCoversItselfAndItsSubtreeOnly() {
		GridCode township = new GridCode("640422100");
		assertThat(township.covers(new GridCode("640422100"))).isTrue();
		assertThat(township.covers(new GridCode("64042210020101"))).isTrue();
		assertThat(township.covers(new GridCode("640422200201"))).isFalse();
		assertThat(township.covers(new GridCode("640422"))).isFalse();
	}

	@Test
	void anythingElseIsNotAGridCode() {
		assertThat(GridCode.parse("6404221")).isEmpty();
		assertThat(GridCode.parse("64042a")).isEmpty();
		assertThat(GridCode.parse("")).isEmpty();
		assertThat(GridCode.parse("/999901")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new GridCode("12345"));
	}

}
