/** What a page shows for an inspection id this laptop does not know (a stale link or a deleted inspection). */
export function NotFound({ message }: { message?: string }) {
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Không tìm thấy cuộc kiểm tra</h1>
      <p>{message ?? 'Cuộc kiểm tra này không có trên máy này (có thể đã bị xóa hoặc đường dẫn đã cũ).'}</p>
      <p>
        <a href="#/">Về danh sách cuộc kiểm tra</a>
      </p>
    </section>
  );
}
