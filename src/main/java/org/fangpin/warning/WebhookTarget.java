package org.fangpin.warning;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether an address may be delivered to: a webhook is not a way into the county's network. HTTPS only, and every
 * address the name resolves to public (no loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast or unspecified address), checked on every delivery after resolving the name, so that a name cannot be
 * re-pointed inside after it was registered. The test-only setting allows plain HTTP to a loopback receiver.
 */
final class WebhookTarget {

	private WebhookTarget() {
	}

	/** @return why the address is refused, or null */
	static @Nullable String refusal(String url, boolean allowLoopback) {
		return check(url, allowLoopback).refusal();
	}

	/**
	 * The address checked: refused, or the one address of those the name resolves to (all of them public) that the
	 * delivery connects to, so that the name is not resolved again between the check and the connection.
	 */
	static Checked check(String url, boolean allowLoopback) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return Checked.refused("地址格式无效 (not a URL)");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || uri.getUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
			return Checked.refused("地址应为 https://主机/路径 (the address must be https://host/path)");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			return Checked.refused("主机名无法解析 (the host does not resolve)");
		}
		boolean loopbackOnly = true;
		for (InetAddress address : addresses) {
			boolean loopback = address.isLoopbackAddress();
			loopbackOnly &= loopback;
			if (loopback ? !allowLoopback : !isPublic(address)) {
				return Checked.refused("不能推送到内网、本机或链路本地地址 (the address is not public: " + address.getHostAddress() + ")");
			}
		}
		if (scheme.equals("http") && !(allowLoopback && loopbackOnly)) {
			return Checked.refused("仅支持 HTTPS (HTTPS only)");
		}
		return new Checked(null, uri, addresses[0]);
	}

	/**
	 * @param refusal why the address is refused, or null
	 * @param uri the address, when not refused
	 * @param address what its host resolved to and was checked, when not refused
	 */
	record Checked(@Nullable String refusal, @Nullable URI uri, @Nullable InetAddress address) {

		static Checked refused(String refusal) {
			return new Checked(refusal, null, null);
		}

	}

	private static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0.0.0.0/8, 100.64.0.0/10 (carrier-grade NAT), 192.0.0.0/24, 198.18.0.0/15 (benchmarking)
			return first != 0 && !(first == 100 && second >= 64 && second < 128)
					&& !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) && !(first == 198 && (second & 0xfe) == 18);
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local addresses
			return (bytes[0] & 0xfe) != 0xfc;
		}
		return false;
	}

}
