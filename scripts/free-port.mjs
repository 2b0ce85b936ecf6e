// Prints a TCP port that is free right now on 127.0.0.1, for test servers on a shared machine.
import net from "node:net";

const server = net.createServer();
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  server.close(() => console.log(typeof address === "object" && address ? address.port : 0));
});
