// ArenaMessageAllocator: a gRPC MessageAllocator that puts a call's request
// and response on one protobuf arena, freed as a whole when gRPC releases
// the call's messages. For methods whose handlers build large responses
// (many events, each with strings and nested messages) straight into the
// response message: their allocations become pointer bumps and no message
// destructor runs.
//
// Register with Service::SetMessageAllocatorFor_<Method>(&allocator) before
// the server starts; the allocator must outlive the server. Thread-safe:
// each call gets its own holder and arena.
#ifndef NEWSGRAPH_SHARED_SERVER_ARENA_MESSAGE_ALLOCATOR_H_
#define NEWSGRAPH_SHARED_SERVER_ARENA_MESSAGE_ALLOCATOR_H_

#include <cstddef>

#include "google/protobuf/arena.h"
#include "grpcpp/support/message_allocator.h"

namespace newsgraph::server {

template <typename Request, typename Response>
class ArenaMessageAllocator final : public grpc::MessageAllocator<Request, Response> {
 public:
  grpc::MessageHolder<Request, Response>* AllocateMessages() override { return new Holder(); }

 private:
  // The first block lives in the holder, so that a call whose messages fit
  // in it allocates once (the holder); larger ones grow in bigger blocks.
  static constexpr size_t kInlineBlockSize = 8 * 1024;
  static constexpr size_t kNextBlockSize = 32 * 1024;

  class Holder final : public grpc::MessageHolder<Request, Response> {
   public:
    Holder() : arena_(Options(block_)) {
      this->set_request(google::protobuf::Arena::CreateMessage<Request>(&arena_));
      this->set_response(google::protobuf::Arena::CreateMessage<Response>(&arena_));
    }
    void Release() override { delete this; }

   private:
    static google::protobuf::ArenaOptions Options(char* block) {
      google::protobuf::ArenaOptions options;
      options.initial_block = block;
      options.initial_block_size = kInlineBlockSize;
      options.start_block_size = kNextBlockSize;
      options.max_block_size = kNextBlockSize;
      return options;
    }

    alignas(std::max_align_t) char block_[kInlineBlockSize];  // before arena_
    google::protobuf::Arena arena_;
  };
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_ARENA_MESSAGE_ALLOCATOR_H_
