# logging.handlers over UDP: DatagramHandler sends each record as one length-prefixed
# pickle, SysLogHandler as '<PRI>message\0'; a UDP socket in this program receives them.
import logging
import logging.handlers
import pickle
import socket
import struct

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(('127.0.0.1', 0))
receiver.settimeout(5)
host, port = receiver.getsockname()

logger = logging.getLogger('udp-demo')
logger.propagate = False
logger.setLevel(logging.DEBUG)

dh = logging.handlers.DatagramHandler(host, port)
logger.addHandler(dh)
logger.info('hello %s', 'datagram')
logger.warning('second record')
for _ in range(2):
    data = receiver.recv(65536)
    size = struct.unpack('>L', data[:4])[0]
    record = logging.makeLogRecord(pickle.loads(data[4:]))
    print(size == len(data) - 4, record.name, record.levelname, record.getMessage())
print(dh.sock.type, dh.closeOnError)
logger.removeHandler(dh)
dh.close()
print(dh.sock)

sh = logging.handlers.SysLogHandler(address=(host, port), facility=logging.handlers.SysLogHandler.LOG_LOCAL3)
sh.setFormatter(logging.Formatter('%(name)s: %(message)s'))
logger.addHandler(sh)
print(sh.socktype, sh.unixsocket, sh.socket.type)
logger.error('disk %d%% full', 93)
logger.debug('details')
print(receiver.recv(1000))
print(receiver.recv(1000))
sh.ident = 'app[1]: '
sh.append_nul = False
logger.critical('no NUL')
print(receiver.recv(1000))
print(sh.encodePriority('local3', 'error'), sh.mapPriority('NOTSET'))
logger.removeHandler(sh)
sh.close()
print(sh.socket)
receiver.close()
