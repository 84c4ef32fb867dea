package org.fangpin.household;

/** 与户主关系: relation of a member to the head of the household. */
public enum Relation {

	HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, GRANDPARENT, SIBLING, OTHER

}
