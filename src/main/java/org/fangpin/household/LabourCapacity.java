package org.fangpin.household;

/** 劳动能力: skilled, ordinary, weak or half (弱/半劳动力), lost (丧失劳动力), none (无劳动力, e.g. children). */
public enum LabourCapacity {

	SKILLED, ORDINARY, WEAK, LOST, NONE

}
