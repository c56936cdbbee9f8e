package gkreport.cli;

import gkreport.lsp.FatalErrors;
import gkreport.lsp.GkreportLanguageServer;
import gkreport.lsp.ParentProcessWatcher;
import gkreport.lsp.ServerLauncher;
import gkreport.service.Analyzer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;

/**
 * {@code gkreport lsp}: the language server on stdio. Standard output carries the protocol only:
 * {@code System.out} is pointed at standard error before the launcher starts, so that a stray
 * print cannot corrupt the stream. Start the JVM with {@code -Xlog:disable -Xlog:all=warning:stderr}.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "在标准输入输出上启动语言服务器 / Start the language server on stdio.")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        InputStream protocolIn = new FileInputStream(FileDescriptor.in);
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        FatalErrors.install();
        GkreportLanguageServer server = new GkreportLanguageServer(new Analyzer(), System::exit, ParentProcessWatcher.DEFAULT_PERIOD_MS);
        try {
            ServerLauncher.create(server, protocolIn, protocolOut).startListening().get();
        } catch (ExecutionException e) {
            if (FatalErrors.isOutOfMemory(e)) FatalErrors.outOfMemory(e);
            throw e;
        }
        return server.exitCodeOnStreamEnd();
    }
}
