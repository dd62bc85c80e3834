import { Component, type ReactNode } from 'react';
import { forgetLastRoute } from './router';

interface State {
  failed: boolean;
}

/**
 * A page that fails to draw shows a Vietnamese message and a way back, never
 * a blank window; and the address it failed on is not reopened at the next
 * start, so one broken page cannot lock a laptop out of all its data.
 * Records are untouched: the failure is in showing them.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(): void {
    forgetLastRoute();
  }

  override componentDidUpdate(prev: { resetKey: string }): void {
    // Going to another page tries again.
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="card page-error">
        <h1>Trang này chưa hiển thị được</h1>
        <p>
          Dữ liệu của bạn vẫn được giữ nguyên trên máy. Hãy quay về danh sách cuộc kiểm tra rồi mở lại; nếu trang vẫn không hiện, hãy xuất bản sao lưu và
          báo cho người hỗ trợ kỹ thuật.
        </p>
        <p>
          <a href="#/">Về danh sách cuộc kiểm tra</a>
        </p>
      </div>
    );
  }
}
