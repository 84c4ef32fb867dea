package org.fangpin.household;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps ID numbers out of the database in clear text: AES-256-GCM for the stored value, and beside it an
 * HMAC-SHA-256 of the number for exact look-up and for refusing a person registered twice. Both keys are
 * derived from one configured master key, so that a leaked hash column does not help decrypt and the
 * encryption key never serves as a MAC key.
 */
@Component
public class IdNumberCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec lookupKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * One decrypting cipher per thread: looking the algorithm up for every number was half the cost of
	 * decrypting a county's roster (150,000 numbers on one thread).
	 */
	private final ThreadLocal<Cipher> decrypting = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance(TRANSFORMATION);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES/GCM unavailable", ex);
		}
	});

	IdNumberCipher(CryptoProperties properties) {
		byte[] master = Base64.getDecoder().decode(properties.key());
		if (master.length != 32) {
			throw new IllegalStateException("fangpin.crypto.key (FANGPIN_ENCRYPTION_KEY) must be Base64 of 32 bytes");
		}
		this.encryptionKey = new SecretKeySpec(derive(master, "fangpin id-number encryption"), "AES");
		this.lookupKey = new SecretKeySpec(derive(master, "fangpin id-number lookup"), "HmacSHA256");
	}

	public byte[] encrypt(IdNumber number) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(number.value().getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt ID number", ex);
		}
	}

	public IdNumber decrypt(byte[] stored) {
		try {
			Cipher cipher = this.decrypting.get();
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
			byte[] clear = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
			return new IdNumber(new String(clear, StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt ID number: wrong key or altered data", ex);
		}
	}

	public byte[] lookupHash(IdNumber number) {
		return hmac(this.lookupKey, number.value());
	}

	private static byte[] derive(byte[] master, String purpose) {
		return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose);
	}

	private static byte[] hmac(SecretKeySpec key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	/** @param key Base64 of the 32-byte master key */
	@ConfigurationProperties("fangpin.crypto")
	record CryptoProperties(String key) {
	}

}
