package org.fangpin.household;

/** The ID number cipher outside a Spring context, for data generators and benchmarks. */
public final class IdNumberCiphers {

	private IdNumberCiphers() {
	}

	/** @param key Base64 of the 32-byte master key ({@code fangpin.crypto.key}) */
	public static IdNumberCipher withKey(String key) {
		return new IdNumberCipher(new IdNumberCipher.CryptoProperties(key));
	}

}
