package org.fangpin.security.fields;

/**
 * A record a resident may have written themselves (their own declaration): its fields declared
 * {@code @internal(ownWords: true)} are theirs to read as written.
 */
public interface WrittenByResident {

	boolean writtenByResident();

}
