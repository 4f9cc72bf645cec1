package cn.villagestats.notification;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The least SMTP server a mail client can deliver to, on 127.0.0.1: it keeps every message it is given. */
public final class LocalSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<MimeMessage> received = new CopyOnWriteArrayList<>();

    public LocalSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::serve, "local-smtp");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<MimeMessage> received() {
        return received;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        reply(out, "220 localhost");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
            switch (verb) {
                case "DATA" -> {
                    reply(out, "354 go on");
                    StringBuilder data = new StringBuilder();
                    while (!(line = in.readLine()).equals(".")) {
                        data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    received.add(parse(data.toString()));
                    reply(out, "250 kept");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    private static MimeMessage parse(String data) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.mail.MessagingException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
