package org.fangpin.household;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IdNumberCipherTest {

	private static final IdNumber NUMBER = new IdNumber("11010519491231002X");

	private final IdNumberCipher cipher = cipher("0123456789abcdef0123456789abcdef");

	@Test
	void encryptedNumberDecryptsToItself() {
		assertThat(this.cipher.decrypt(this.cipher.encrypt(NUMBER))).isEqualTo(NUMBER);
	}

	@Test
	void sameNumberEncryptsDifferentlyEachTimeButHashesTheSame() {
		assertThat(this.cipher.encrypt(NUMBER)).isNotEqualTo(this.cipher.encrypt(NUMBER));
		assertThat(this.cipher.lookupHash(NUMBER)).isEqualTo(this.cipher.lookupHash(NUMBER)).hasSize(32);
	}

	@Test
	void anotherKeyNeitherDecryptsNorMatchesTheHash() {
		IdNumberCipher other = cipher("fedcba9876543210fedcba9876543210");
		assertThatIllegalStateException().isThrownBy(() -> other.decrypt(this.cipher.encrypt(NUMBER)));
		assertThat(other.lookupHash(NUMBER)).isNotEqualTo(this.cipher.lookupHash(NUMBER));
	}

	@Test
	void alteredCiphertextIsDetected() {
		byte[] sealed = this.cipher.encrypt(NUMBER);
		sealed[sealed.length - 1] ^= 0x01;
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(sealed));
	}

	@Test
	void keyOfWrongLengthIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> cipher("too short"));
	}

	private static IdNumberCipher cipher(String key) {
		return new IdNumberCipher(
				new IdNumberCipher.CryptoProperties(Base64.getEncoder().encodeToString(key.getBytes())));
	}

}
