package org.consultationregistry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback between a portal and its PostgreSQL server, for a test to pull the cable: {@link #cut()}
 * drops every connection and refuses new ones (the server is down or unreachable), {@link #freeze()} keeps the
 * connections and accepts new ones but passes nothing on (the server hangs, as under {@code kill -STOP}), and
 * {@link #restore()} lets traffic through again. Only the connections through the proxy suffer: the server itself,
 * which other tests share, is never touched.
 */
public final class TcpProxy implements AutoCloseable {

	private enum State {

		OPEN, CUT, FROZEN

	}

	private final ServerSocket listener;

	private final InetSocketAddress target;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final Object lock = new Object();

	private volatile State state = State.OPEN;

	public TcpProxy(String targetHost, int targetPort) {
		this.target = new InetSocketAddress(targetHost, targetPort);
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not listen on loopback", ex);
		}
		Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	/** Drops every connection through the proxy; new ones are closed as soon as they are accepted. */
	public void cut() {
		setState(State.CUT);
		this.sockets.forEach(TcpProxy::closeQuietly);
		this.sockets.clear();
	}

	/** Keeps every connection open but passes no byte on, either way, until {@link #restore()}. */
	public void freeze() {
		setState(State.FROZEN);
	}

	public void restore() {
		setState(State.OPEN);
	}

	@Override
	public void close() {
		cut();
		closeQuietly(this.listener);
	}

	private void setState(State next) {
		synchronized (this.lock) {
			this.state = next;
			this.lock.notifyAll();
		}
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				if (this.state == State.CUT) {
					closeQuietly(client);
					continue;
				}
				this.sockets.add(client);
				Thread opener = new Thread(() -> connect(client), "tcp-proxy-connect");
				opener.setDaemon(true);
				opener.start();
			}
			catch (IOException ex) {
				// The listener was closed: the proxy is done.
			}
		}
	}

	/** Connects to the server once traffic may pass, then pumps bytes both ways. */
	private void connect(Socket client) {
		Socket server = new Socket();
		this.sockets.add(server);
		try {
			if (!awaitPassage()) {
				throw new IOException("cut");
			}
			server.connect(this.target, 3000);
			pump(client, server, "up");
			pump(server, client, "down");
		}
		catch (IOException ex) {
			closeQuietly(client);
			closeQuietly(server);
		}
	}

	private void pump(Socket from, Socket to, String direction) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (!awaitPassage()) {
						break;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// One side went away: so does the other.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "tcp-proxy-" + direction);
		pump.setDaemon(true);
		pump.start();
	}

	/** Waits while the proxy is frozen; {@code false} if it has been cut. */
	private boolean awaitPassage() {
		synchronized (this.lock) {
			while (this.state == State.FROZEN) {
				try {
					this.lock.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return this.state == State.OPEN;
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
