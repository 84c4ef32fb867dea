package org.fangpin.problem;

/** 问题状态: open, rectified by the grid, verified (销号) by the level above. */
public enum ProblemStatus {

	OPEN, RECTIFIED, VERIFIED

}
