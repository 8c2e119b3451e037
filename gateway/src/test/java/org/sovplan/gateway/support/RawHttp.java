package org.sovplan.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange written by hand, for what ordinary clients refuse to send (a {@code Connection}
 * header naming other headers, {@code Keep-Alive}, {@code TE}) or would hide from the test.
 */
public final class RawHttp {

    /** The answer: status, headers in order (names lower-cased), body. */
    public record Answer(int status, List<String[]> headers, String body) {

        public List<String> all(String name) {
            return headers.stream().filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT))).map(h -> h[1]).toList();
        }
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, lines without CRLF) and reads a Content-Length answer. */
    public static Answer exchange(int port, List<String> head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = readLine(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            List<String[]> headers = new ArrayList<>();
            int length = 0;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                headers.add(new String[] { name, value });
                if (name.equals("content-length")) {
                    length = Integer.parseInt(value);
                }
            }
            return new Answer(status, headers, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
